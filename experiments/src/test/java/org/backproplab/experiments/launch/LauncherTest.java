package org.backproplab.experiments.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void theChildGetsTheClasspathOfExecJavasClassLoader() throws Exception {
        Path classes = dir.resolve("target dir/classes");
        Path jar = dir.resolve("m2/engine-0.1.0.jar");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), jar.toUri().toURL()},
                null)) {
            assertEquals(List.of(classes.toString(), jar.toString()), Launcher.classpath(loader));
        }
    }

    @Test
    void underPlainJavaItIsTheJavaClassPath() throws Exception {
        assertEquals(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)),
                Launcher.classpath(ClassLoader.getSystemClassLoader()));
    }
}
