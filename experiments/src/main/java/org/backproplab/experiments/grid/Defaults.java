package org.backproplab.experiments.grid;

import java.util.Map;
import org.backproplab.datasets.DataSource;
import org.backproplab.datasets.Digits;
import org.backproplab.datasets.Synthetic;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.ReLU;
import org.backproplab.engine.activation.Sigmoid;
import org.backproplab.engine.init.Initializer;

/**
 * Every default a grid resolves, in one place, each with the reason it was chosen: what {@code -Dlr=auto},
 * {@code -Dinit=auto} and an unset {@code -Depochs} become. A {@link RunSpec} holds the resolved values only, so
 * the recipe, the tables and a cluster's tasks never see "auto".
 */
public final class Defaults {
    /**
     * The seed of every experiment's train/test split: fixed across experiments, so that their numbers are on the
     * same test set and can be compared.
     */
    public static final long SPLIT_SEED = 2026;

    /** The fraction of the data held out for testing, wherever the data has no split of its own. */
    public static final double TEST_FRACTION = 0.25;

    /**
     * The step size each activation trains with by default: the rate at which its network of one or two hidden
     * layers trains well on digits and the 2-D sets (measured). One shared rate would be unfair to somebody: 0.05
     * leaves the sigmoid barely moving, 0.5 makes deep ReLU networks blow up. Giving the sigmoid its larger rate
     * also answers the obvious objection to the vanishing gradient ("take bigger steps"): it still fails at depth.
     * Keyed by the activation's type; every other activation takes {@link #OTHER_RATE}.
     */
    private static final Map<Class<? extends Activation>, Double> RATES = Map.of(Sigmoid.class, 0.5,
            ReLU.class, 0.05);

    /** The rate of every activation not in {@link #RATES}: tanh's, measured as for the others. */
    private static final double OTHER_RATE = 0.1;

    private Defaults() {
    }

    /** {@code -Dlr=auto} for {@code a}. */
    public static double learningRate(Activation a) {
        return RATES.getOrDefault(a.getClass(), OTHER_RATE);
    }

    /**
     * {@code -Dinit=auto} for {@code a}: the initialization designed for it (He for the rectifier family, LeCun
     * normal for SELU, Glorot for the rest; {@link Initializer#matchedTo}), so that what a sweep compares is not a
     * poor start.
     */
    public static Initializer initializer(Activation a) {
        return Initializer.matchedTo(a);
    }

    /**
     * Epochs enough for the shallow networks to converge, measured: 40 on digits (1,348 training images, 42
     * updates an epoch), 200 on the 2-D sets (450 points, 15 updates an epoch, and curved boundaries); 20 on
     * anything larger, which is slow enough that the user should choose.
     */
    public static int epochs(DataSource dataset) {
        if (dataset instanceof Synthetic) {
            return 200;
        }
        return dataset instanceof Digits ? 40 : 20;
    }

    /**
     * Whether the default rates were chosen on {@code data}'s kind (digits and the generated 2-D sets): a report on
     * other data (MNIST, a user's CSV) must not claim they were tuned on it.
     */
    public static boolean ratesTunedOn(DataSource data) {
        return data instanceof Digits || data instanceof Synthetic;
    }
}
