package org.backproplab.datasets;

/**
 * Standardization, {@code (x_j - mean_j) / sd_j}, with means and standard deviations (population) of the data it
 * was fitted on. Fit it on the training part only and apply it to both parts: fitting on all the data would let
 * the test set shape the training inputs. A constant feature (sd 0) is only centred.
 *
 * <p>Two fits: {@link #fit} gives every feature its own sd, right for a table of unrelated measurements;
 * {@link #fitImage} centres every pixel but divides all of them by one common sd, right for images, where a
 * border pixel that is almost always blank would otherwise be blown up by its tiny sd (a test image with ink there
 * would send that input to hundreds). Centring is what matters to plain SGD: with inputs all positive, as raw
 * pixels are, every weight into a unit gets a gradient of the same sign and the steps zig-zag (LeCun et al.,
 * Efficient BackProp, 1998).
 */
public record Standardizer(double[] mean, double[] sd) {

    public Standardizer {
        if (mean.length != sd.length) {
            throw new IllegalArgumentException(mean.length + " means but " + sd.length + " sds");
        }
        mean = mean.clone();
        sd = sd.clone();
    }

    public static Standardizer fit(Dataset train) {
        int f = train.features();
        int n = train.size();
        double[] mean = new double[f];
        double[] sd = new double[f];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                mean[j] += train.input(i, j) / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                double d = train.input(i, j) - mean[j];
                sd[j] += d * d / n;
            }
        }
        for (int j = 0; j < f; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        return new Standardizer(mean, sd);
    }

    /** Per-pixel means, one common sd: the sd of all centred pixels of the training part together. */
    public static Standardizer fitImage(Dataset train) {
        Standardizer own = fit(train);
        double[] sd = own.sd;
        double variance = 0.0;
        for (double s : sd) {
            variance += s * s / sd.length;
        }
        java.util.Arrays.fill(sd, Math.sqrt(variance));
        return new Standardizer(own.mean, sd);
    }

    public Dataset apply(Dataset data) {
        if (data.features() != mean.length) {
            throw new IllegalArgumentException("fitted on " + mean.length + " features, given " + data.features());
        }
        double[] x = data.inputs();
        int f = mean.length;
        for (int i = 0; i < x.length; i++) {
            int j = i % f;
            x[i] = (x[i] - mean[j]) / (sd[j] > 0 ? sd[j] : 1.0);
        }
        return new Dataset(data.name(), f, x, data.labels(), data.classes());
    }

    public Split apply(Split split) {
        return new Split(apply(split.train()), apply(split.test()));
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }
}
