package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A training step, once the JIT has compiled it, allocates nothing on the heap: counted exactly, on the stepping
 * thread (JMH's gc profiler counts every thread of its fork, its own bookkeeping included, so its B/op is not the
 * step's).
 *
 * <p>"Once the JIT has compiled it" is the whole difficulty. The matrix products use the Vector API, whose vectors
 * are heap objects in the interpreter and in C1's code; only C2, inlining and escape-analysing the kernel, keeps them
 * in registers. With the JVM's defaults, C2 compiles in the background while the steps go on in the slower code, so
 * how many steps allocate depends on how busy the machine is: a second of warm-up was enough at load 8 and not at
 * load 14. So each network runs in a JVM of its own ({@link StepAllocationProbe}) whose compilations block the
 * thread that asks for them: the code step n runs is then a function of n, whatever the load, and "compiled" is
 * read from the JIT's own list of installed code, never from a clock.
 *
 * <p>A JVM started here rather than a Surefire execution of its own: the module's other tests keep the default JVM,
 * the probe's JVM runs nothing but the probe (no other test's code in its profiles, one network per JVM as in JMH's
 * forks), and {@code -Dtest=EngineAllocationTest} or an IDE start it with the same flags.
 */
class EngineAllocationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2-2-2", "2-8-1", "64-30x5-10", "64-30x5-10-tanh+bn+res2"})
    void aStepAllocatesNoHeapBytesOnceTheJitHasSettled(String network) throws Exception {
        List<String> output = probe(network);
        String report = network + ", StepAllocationProbe in its own JVM:\n  " + String.join("\n  ", output);
        assertTrue(output.stream().anyMatch(l -> l.startsWith(StepAllocationProbe.KERNEL + "Vector API")),
                "the probe must run the Vector API kernel, whose vectors are what can allocate: " + report);
        String settled = output.stream().filter(l -> l.startsWith(StepAllocationProbe.SETTLED)).findFirst()
                .orElseGet(() -> fail("the JIT was still compiling after " + org.backproplab.engine.jit.SettledAllocation.MAX_WINDOWS
                        + " windows: " + report));
        assertEquals(0, Long.parseLong(settled.substring(StepAllocationProbe.SETTLED.length())), report);
    }

    /** Runs the probe for {@code network} in a new JVM of this Java, on this classpath; returns what it printed. */
    private static List<String> probe(String network) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The engine's JVM options, as everywhere else in the project (without the Vector API the scalar kernel
        // runs, which would prove nothing about the vector code).
        command.addAll(org.backproplab.engine.JvmOptions.all());
        // -Xbatch (-XX:-BackgroundCompilation): the thread that reaches a compile threshold waits for the compiled
        // code, instead of stepping on in the interpreter or in C1's code while the compilation waits for a CPU.
        // The thresholds count calls and loop iterations, so which code step n runs is then a function of n, on an
        // idle machine and a loaded one alike: load only makes the waits longer. (-XX:-UseCounterDecay would change
        // nothing: only the non-tiered policy, which JDK 17 removed, decayed its counters with time.)
        command.add("-Xbatch");
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(StepAllocationProbe.class.getName());
        command.add(network);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // No timeout: the probe's work is bounded by step counts (at most MAX_WINDOWS windows), not by time.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertEquals(0, exit, network + ": the probe's JVM exited with " + exit + ":\n" + output);
        return output.lines().toList();
    }
}
