package org.backproplab.experiments.launch;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The -D settings a user gave {@code mvn} (Maven makes each one a system property of its JVM), to pass on to the
 * experiment's JVM. The JVM's own properties and Maven's stay behind: the child has its own java.home, user.dir and
 * so on, and the experiment refuses names it does not know, so junk passed on would break it.
 */
final class UserProperties {
    /** Prefixes of the properties a JVM (17 to 25) and Maven (3.8, 3.9) set themselves. */
    static final List<String> NOT_THE_USERS = List.of("java.", "javax.", "jdk.", "sun.", "user.", "os.", "file.",
            "line.", "path.", "native.", "stdout.", "stderr.", "awt.", "maven.", "classworlds.", "library.jansi.",
            "jansi.", "guice.", "org.slf4j.simpleLogger.");

    private UserProperties() {
    }

    static Map<String, String> of(Properties system) {
        Map<String, String> users = new TreeMap<>();
        for (String name : system.stringPropertyNames()) {
            if (NOT_THE_USERS.stream().noneMatch(name::startsWith)) {
                users.put(name, system.getProperty(name));
            }
        }
        return users;
    }
}
