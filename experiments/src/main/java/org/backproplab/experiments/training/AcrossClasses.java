package org.backproplab.experiments.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.engine.matrix.Matrix;

/**
 * A sample of the training set that stands for all of it: {@code count} rows drawn across the classes in
 * proportion to their sizes, every class present (once {@code count} reaches the number of classes), each class's
 * rows taken in the data's order, and the sample kept in the data's order. "The first 1,000 training images" of
 * a set stored class by class are two classes only (the shipped MNIST subset's first 1,000 are 751 zeros and 249
 * ones); this sample is what Nielsen's first 1,000 of a shuffled MNIST are: every digit, in proportion.
 */
final class AcrossClasses {
    private AcrossClasses() {
    }

    /** The indices of the sample's rows, ascending, given one target row per sample (one-hot, or one 0/1 column). */
    static int[] rows(Matrix targets, int count) {
        int n = targets.rows();
        if (count >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = classOf(targets, i);
            while (byClass.size() <= c) {
                byClass.add(new ArrayList<>());
            }
            byClass.get(c).add(i);
        }
        // Each class's k-th row is due at (k + 1) / n_c of the way through: a class of 10% of the rows gives every
        // tenth. A class's first row is due first of all, so that every class is present in any sample at least
        // as large as the number of classes. Ties go to the smaller class index: the same rows every time.
        List<double[]> due = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            List<Integer> rows = byClass.get(c);
            for (int k = 0; k < rows.size(); k++) {
                due.add(new double[] {k == 0 ? 0 : (k + 1.0) / rows.size(), c, rows.get(k)});
            }
        }
        due.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = (int) due.get(i)[2];
        }
        Arrays.sort(picked);
        return picked;
    }

    /** Those rows of {@code m}, copied, in order. */
    static Matrix take(Matrix m, int[] rows) {
        Matrix out = new Matrix(rows.length, m.cols());
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(m.data(), rows[r] * m.cols(), out.data(), r * m.cols(), m.cols());
        }
        return out;
    }

    private static int classOf(Matrix y, int row) {
        if (y.cols() == 1) {
            return y.get(row, 0) >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < y.cols(); k++) {
            if (y.get(row, k) > y.get(row, best)) {
                best = k;
            }
        }
        return best;
    }
}
