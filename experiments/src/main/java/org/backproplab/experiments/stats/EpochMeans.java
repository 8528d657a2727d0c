package org.backproplab.experiments.stats;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.RunResult;
import org.backproplab.reporting.MeanSd;
import org.backproplab.reporting.Series;

/**
 * A reading (the training loss, the test accuracy) averaged over several runs epoch by epoch. Runs need not be of
 * one length: a run that diverged stops at the epoch its loss turned NaN, and a run may stop early. So each epoch is
 * the mean over the runs that reached it with a finite reading, {@link #runs} says how many that was, and the
 * curve lasts as long as the longest run. A figure whose curves are {@link #ragged} should say so.
 *
 * @param epoch the epoch of each point (0: at initialization)
 * @param runs  how many runs the mean at each point is over
 */
public record EpochMeans(double[] epoch, double[] mean, double[] sd, int[] runs) {

    /** What a figure's title adds when some of its curves are ragged. */
    public static final String RAGGED = "each epoch the mean of the runs still training";

    public EpochMeans {
        epoch = epoch.clone();
        mean = mean.clone();
        sd = sd.clone();
        runs = runs.clone();
    }

    /** The mean of {@code reading} over {@code results}, epoch by epoch. */
    public static EpochMeans of(List<RunResult> results, ToDoubleFunction<EpochRecord> reading) {
        int longest = results.stream().mapToInt(r -> r.epochs().size()).max().orElse(0);
        double[] epoch = new double[longest];
        double[] mean = new double[longest];
        double[] sd = new double[longest];
        int[] runs = new int[longest];
        for (int e = 0; e < longest; e++) {
            final int i = e;
            List<EpochRecord> reached = results.stream().filter(r -> i < r.epochs().size())
                    .map(r -> r.epochs().get(i)).toList();
            epoch[e] = reached.get(0).epoch();
            MeanSd m = MeanSd.of(reached.stream().mapToDouble(reading).toArray());
            mean[e] = m.mean();
            sd[e] = m.sd();
            runs[e] = m.n();
        }
        return new EpochMeans(epoch, mean, sd, runs);
    }

    /** Whether the number of runs behind the mean changes along the curve: some run stopped early or diverged. */
    public boolean ragged() {
        for (int n : runs) {
            if (n != runs[0]) {
                return true;
            }
        }
        return false;
    }

    /** The mean as a line named {@code name}, with a band of +/- 1 sd if {@code band}. */
    public Series series(String name, boolean band) {
        return new Series(name, epoch, mean, band ? sd : null);
    }

    @Override
    public double[] epoch() {
        return epoch.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public int[] runs() {
        return runs.clone();
    }
}
