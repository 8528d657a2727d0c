package org.backproplab.datasets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for the tests: {@code n} images of 2 x 3 whose pixel k of image i is 10 i + k. */
final class IdxFiles {
    private IdxFiles() {
    }

    static byte[] images(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(Idx.IMAGES_MAGIC);
        out.writeInt(n);
        out.writeInt(2);
        out.writeInt(3);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 6; k++) {
                out.writeByte(10 * i + k);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] labels(int... labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(Idx.LABELS_MAGIC);
        out.writeInt(labels.length);
        for (int label : labels) {
            out.writeByte(label);
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** Any IDX header ({@code magic}, then each size) followed by {@code bodyBytes} bytes of 0, 1, 2, ... */
    static byte[] idx(int magic, int[] sizes, int bodyBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int size : sizes) {
            out.writeInt(size);
        }
        for (int i = 0; i < bodyBytes; i++) {
            out.writeByte(i);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
