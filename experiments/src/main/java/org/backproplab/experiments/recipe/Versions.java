package org.backproplab.experiments.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions behind a result: ours, the JVM's and DL4J's (the reference the engine is checked against).
 * Ours and DL4J's come from {@code versions.properties}, which Maven fills in at build time; a run from an IDE
 * that skipped resource filtering still writes its manifest, with "unknown" where a version could not be read.
 */
public record Versions(String project, String java, String javaVendor, String dl4j) {
    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "versions.properties";

    public static Versions current() {
        Properties built = load();
        return new Versions(value(built, "project.version"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), value(built, "dl4j.version"));
    }

    /** The filtered value of {@code key}, or "unknown" when it is missing or Maven left the placeholder. */
    public static String value(Properties properties, String key) {
        String v = properties.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? UNKNOWN : v.trim();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            // A manifest with "unknown" versions is still worth more than a run that fails at its last step.
        }
        return properties;
    }
}
