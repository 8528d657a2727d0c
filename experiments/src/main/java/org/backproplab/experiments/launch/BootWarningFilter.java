package org.backproplab.experiments.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a child JVM's stderr, byte for byte and flushed as it comes (progress lines must not wait), except its
 * first line when that is exactly the warning a JVM prints at boot for {@code --add-modules jdk.incubator.vector}.
 * Only that line, and only first: a line the program itself prints is never dropped.
 */
final class BootWarningFilter {
    static final String WARNING = "WARNING: Using incubator modules: " + ChildJvm.VECTOR_MODULE;

    private BootWarningFilter() {
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] warning = (WARNING + System.lineSeparator()).getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        while (matched < warning.length) {
            int b = in.read();
            if (b != warning[matched]) {
                // Another first line, or the end: pass on what was held back.
                out.write(warning, 0, matched);
                if (b < 0) {
                    out.flush();
                    return;
                }
                out.write(b);
                break;
            }
            matched++;
        }
        out.flush();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }
}
