package org.backproplab.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 digests for {@link DataSource#fingerprint()}: of files' bytes, of shipped resources' bytes, or of a text
 * that names a generated set completely. Each part is digested with its length in front, so that two parts cannot run
 * into each other (bytes moved from one file's end to the next one's start change the digest). Names are left out:
 * the same bytes under another name or path give the same numbers.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** The digest of a text (a generated set's parameters and seed). */
    static String of(String text) {
        MessageDigest sha = sha256();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of the files' bytes, in order; reads each once, streaming. */
    static String of(List<Path> files) {
        MessageDigest sha = sha256();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                part(sha, Files.size(file), in);
            } catch (IOException e) {
                throw RegularFile.unreadable(file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of resources shipped in this module, by their names. */
    static String ofResources(String... names) {
        MessageDigest sha = sha256();
        for (String name : names) {
            try (InputStream in = Embedded.open(name)) {
                byte[] bytes = in.readAllBytes();
                head(sha, bytes.length);
                sha.update(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("resource " + name + " cannot be read", e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void head(MessageDigest sha, long length) {
        sha.update((length + "\0").getBytes(StandardCharsets.UTF_8));
    }

    private static void part(MessageDigest sha, long length, InputStream in) throws IOException {
        head(sha, length);
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; total += n) {
            sha.update(buffer, 0, n);
        }
        if (total != length) {
            throw new IOException("its size changed while it was read (" + length + " bytes, then " + total + ")");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
