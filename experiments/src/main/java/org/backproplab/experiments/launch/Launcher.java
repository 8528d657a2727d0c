package org.backproplab.experiments.launch;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.JvmOptions;
import org.backproplab.experiments.Main;

/**
 * The main class of {@code mvn -pl experiments exec:java}: runs {@link Main} in a JVM that has the Vector API.
 *
 * <p>Why it exists: exec:java runs its main class inside Maven's own JVM, and the engine's matrix kernel needs
 * {@code --add-modules jdk.incubator.vector} (without it the products run scalar, about 10x slower, with the same
 * numbers). A JVM given that module prints "WARNING: Using incubator modules: jdk.incubator.vector" as it boots,
 * before any Java code runs, and no flag turns that off; giving it to Maven's JVM made every mvn command print it.
 * So Maven's JVM goes without, and this class starts Main in a child JVM that has it ({@link ChildJvm}), with the
 * same classpath, arguments and -D settings, the engine's other {@link JvmOptions} and DL4J's kernels fixed
 * ({@link ReferenceBlas}), and returns the child's exit code as its own. If Maven's JVM has all that anyway (from
 * MAVEN_OPTS and the environment), Main simply runs here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (JvmOptions.missing().isEmpty() && ReferenceBlas.isSet(System.getenv(), System.getProperty("os.arch"))) {
            Main.main(args);
            return;
        }
        List<String> classpath = classpath(Launcher.class.getClassLoader());
        System.exit(ChildJvm.run(Main.class.getName(), List.of(args), classpath,
                UserProperties.of(System.getProperties()), ChildJvm.sizeOptions(), ProcessBuilder.Redirect.INHERIT,
                System.err));
    }

    /**
     * The classpath this class was loaded from: exec:java's class loader is a URLClassLoader over the project's
     * classes and runtime dependencies (Maven's JVM's own java.class.path is Maven's launcher); under a plain
     * {@code java -cp}, that classpath.
     */
    static List<String> classpath(ClassLoader loader) throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
        }
        if (entries.isEmpty()) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        return entries;
    }
}
