package org.backproplab.experiments.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the bytes go to a hidden file beside the target, which is then renamed over
 * it, so a reader (or a resume after a kill) never sees half a file.
 *
 * <p>Not {@link Files#createTempFile}: that creates its file with mode 0600 whatever the umask, so the manifest
 * and the index were private while every other result was 0644. A plain create follows the umask like every
 * other file the project writes.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
