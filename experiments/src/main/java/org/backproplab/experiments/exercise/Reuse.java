package org.backproplab.experiments.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a study's results already in {@code results/} can stand in for a run: its manifest must record exactly the
 * parameters the write-up needs (every setting resolved, and the fingerprint of its data), so that a study run with
 * other epochs, seeds or data is run again, never quoted as if it were the one the write-up describes.
 */
final class Reuse {
    private Reuse() {
    }

    /** Null when {@code folder}'s results match {@code needed}; else why they cannot be reused, for the console. */
    static String check(Path folder, Map<String, String> needed) throws IOException {
        if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
            return "no results there yet";
        }
        Map<String, String> made = new TreeMap<>(new Published(null, folder, true, Published.manifest(folder))
                .parameters());
        TreeSet<String> keys = new TreeSet<>(needed.keySet());
        keys.addAll(made.keySet());
        for (String k : keys) {
            String want = needed.get(k);
            String have = made.get(k);
            if (want == null || !want.equals(have)) {
                return "its results were made with " + k + "=" + (have == null ? "(unset)" : shorten(have))
                        + ", the write-up needs " + (want == null ? "it unset" : shorten(want));
            }
        }
        return null;
    }

    /** A fingerprint of a study's parameters, for the write-up's own recipe. */
    static String digest(Map<String, String> parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest(new TreeMap<>(parameters).toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
