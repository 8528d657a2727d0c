package org.backproplab.experiments.degradation;

import java.util.Arrays;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;

/**
 * One remedy's shallowest and deepest networks, compared on the lowest training loss each run reached: whether the
 * deeper one trains worse (the degradation problem), by how much, and how sure we can be.
 *
 * <p>The lowest over the epochs, not the last epoch's: a batch-normalized network is evaluated with its running
 * statistics, which lag the weights, and one epoch's measurement can spike far above where training is (seen here:
 * 0.014 one epoch, 8e4 the next, 0.019 after). The degradation is about what optimization reaches, and a spike is
 * not what it reached. A run that diverged reached nothing: it counts as failed, apart.
 */
record DepthPair(Remedy remedy, Cell shallow, Cell deep) {

    /** deep / shallow of the mean lowest training loss; NaN where either side has no trained run. */
    double ratio() {
        return mean(deep) / mean(shallow);
    }

    /** Two-sided Welch p on the logs of the lowest training losses (losses spread over decades); NaN if undefined. */
    double p() {
        return SeedStats.welchP(logs(deep), logs(shallow));
    }

    /** Whether the deeper network trains worse: a higher loss, or runs that diverged where the shallow one's did not. */
    boolean degrades() {
        if (deep.trained().isEmpty() && !shallow.trained().isEmpty()) {
            return true;
        }
        return ratio() > 1;
    }

    static double mean(Cell c) {
        return Arrays.stream(c.values(Lowest.TRAIN_LOSS)).average().orElse(Double.NaN);
    }

    private static double[] logs(Cell c) {
        return Arrays.stream(c.values(Lowest.TRAIN_LOSS)).map(Math::log).toArray();
    }
}
