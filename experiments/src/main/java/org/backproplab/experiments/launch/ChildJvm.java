package org.backproplab.experiments.launch;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.backproplab.engine.JvmOptions;

/**
 * A main class run in a JVM of its own, started with the engine's {@link JvmOptions}, as if the user had run it: its stdout goes
 * where it is sent (the console), its stderr is copied, as it comes, to the stream given, less the JVM's boot
 * warning, and its exit code is returned. Stopping this JVM (Ctrl-C, a kill) stops the child first, with SIGTERM,
 * so that its own shutdown hooks run and print what they print (an interrupted sweep says what it kept).
 */
final class ChildJvm {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** How long a stopped child may take to run its shutdown hooks before it is killed. */
    private static final long STOP_SECONDS = 30;

    private ChildJvm() {
    }

    /** Runs {@code mainClass} with {@code args} in a new JVM; returns its exit code. */
    static int run(String mainClass, List<String> args, List<String> classpath, Map<String, String> properties,
                   List<String> jvmOptions, ProcessBuilder.Redirect stdout, OutputStream stderr)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(JvmOptions.all());
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(args);

        System.out.flush(); // Maven's lines first, then the child's
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(stdout);
        ReferenceBlas.set(builder.environment(), System.getProperty("os.arch"));
        Process child = builder.start();
        Thread copier = new Thread(() -> {
            try {
                BootWarningFilter.copy(child.getErrorStream(), stderr);
            } catch (IOException e) {
                // The child was killed mid-line, or our own stderr is gone: nothing more can be copied.
            }
        }, "child-stderr");
        Thread stopper = new Thread(() -> stop(child, copier), "stop-child");
        Runtime.getRuntime().addShutdownHook(stopper);
        copier.start();
        int code = child.waitFor();
        copier.join();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook finds the child gone.
        }
        return code;
    }

    /**
     * This JVM is stopping: SIGTERM to the child, then wait for it and for the last of its stderr. Through its
     * ProcessHandle: Process.destroy would also close the pipe that the child's last words come through.
     */
    private static void stop(Process child, Thread copier) {
        child.toHandle().destroy();
        try {
            if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                child.toHandle().destroyForcibly();
            }
            copier.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The heap and stack sizes this JVM was given (MAVEN_OPTS: -Xmx, -Xms, -Xmn, -Xss), which the experiment
     * needs as much as Maven did. Other options stay Maven's: a debugger's agent would clash on its port, and a
     * build speed-up such as -XX:TieredStopAtLevel=1 would cost the experiment its vector kernel.
     */
    static List<String> sizeOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-Xm") || o.startsWith("-Xss")).toList();
    }
}
