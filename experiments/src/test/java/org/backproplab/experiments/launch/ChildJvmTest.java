package org.backproplab.experiments.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real child JVM, running {@link Child}: what the user sees of it is what it printed, and how it ended. */
class ChildJvmTest {
    /** Prints what it was given and whether it has the Vector API, then exits with the code it is told. */
    public static final class Child {
        public static void main(String[] args) {
            System.out.println("args " + String.join("|", args));
            System.out.println("setting " + System.getProperty("depths"));
            System.out.println("vector " + ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
            System.err.println("error: on stderr");
            System.exit(Integer.parseInt(args[0]));
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theChildsOutputAndExitCodeAreTheUsersWithoutTheBootWarning(int code) throws Exception {
        Path stdout = dir.resolve("stdout");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        int exit = ChildJvm.run(Child.class.getName(), List.of(Integer.toString(code), "a b", "it's"), classpath,
                Map.of("depths", "1..3, 5"), List.of("-Xmx64m"), ProcessBuilder.Redirect.to(stdout.toFile()),
                stderr);
        assertEquals(code, exit);
        assertEquals(List.of("args " + code + "|a b|it's", "setting 1..3, 5", "vector true"),
                Files.readAllLines(stdout));
        assertEquals("error: on stderr" + System.lineSeparator(), stderr.toString(StandardCharsets.UTF_8));
        assertFalse(stderr.toString(StandardCharsets.UTF_8).contains("WARNING"));
    }
}
