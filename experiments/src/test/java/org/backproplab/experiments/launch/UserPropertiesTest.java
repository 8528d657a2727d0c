package org.backproplab.experiments.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UserPropertiesTest {
    @Test
    void onlyTheUsersSettingsArePassedOn() {
        Properties system = new Properties();
        // What Maven 3.8.7's JVM on JDK 17 holds under `mvn -B -q exec:java` (names read from a run), beside
        // the exec plugin's own results.dir and java.awt.headless and the user's -D settings.
        for (String name : new String[] {"classworlds.conf", "file.encoding", "file.separator",
                "guice.disable.misplaced.annotation.check", "jansi.mode", "java.awt.headless", "java.class.path",
                "java.home", "java.io.tmpdir", "java.library.path", "java.vm.name", "jdk.debug",
                "library.jansi.path", "line.separator", "maven.conf", "maven.home",
                "maven.multiModuleProjectDirectory", "maven.repo.local", "native.encoding",
                "org.slf4j.simpleLogger.defaultLogLevel", "os.arch", "os.name", "path.separator",
                "stdout.encoding", "sun.boot.library.path", "sun.java.command", "user.dir", "user.home",
                "user.name"}) {
            system.setProperty(name, "x");
        }
        system.setProperty("results.dir", "/work/results");
        system.setProperty("exp", "depth-sweep");
        system.setProperty("depths", "1..3");
        system.setProperty("depht", "5"); // a misspelling reaches the experiment, which names it
        system.setProperty("data.dir", "/data with spaces");
        assertEquals(Map.of("results.dir", "/work/results", "exp", "depth-sweep", "depths", "1..3", "depht", "5",
                "data.dir", "/data with spaces"), UserProperties.of(system));
    }
}
