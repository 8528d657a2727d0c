package org.backproplab.engine.optim;

import java.util.List;
import org.backproplab.engine.matrix.Cores;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Parameter;

/**
 * The common walk of every optimizer with memory: every parameter of {@link Network#parameters()} at its group's
 * rate (the weights', or the biases' for biases and batch normalization's shift; skipped when that rate is 0, so
 * held biases stay exactly fixed), each with {@code slots} arrays of state of its own size, made once here.
 */
abstract class StatefulUpdater implements Updater {
    private final Network network;
    private final double weightRate;
    private final double biasRate;
    private final List<Parameter> parameters;
    /** {@code state[i]}: the slots of parameter i of {@link Network#parameters()}. */
    private final double[][][] state;
    private final SharedUpdate shared = new SharedUpdate();
    /** A parameter of fewer elements than this is updated by the caller alone (its update takes under ~10 us). */
    static final int SPLIT_ELEMENTS = 1 << 15;

    StatefulUpdater(Network network, double weightRate, double biasRate, int slots) {
        this(network, weightRate, biasRate, slots, 0.0);
    }

    /** As above, every slot starting at {@code initial} instead of 0. */
    StatefulUpdater(Network network, double weightRate, double biasRate, int slots, double initial) {
        this.network = network;
        this.weightRate = weightRate;
        this.biasRate = biasRate;
        this.parameters = network.parameters();
        state = new double[parameters.size()][][];
        for (int i = 0; i < state.length; i++) {
            state[i] = slots(parameters.get(i).value(), slots, initial);
        }
    }

    @Override
    public final void step(Gradients gradients) {
        step(gradients, Cores.ONE);
    }

    /**
     * The update of each large parameter shared between {@code cores} by ranges of its elements: every element's
     * update reads and writes only that element (and its own state), so the bits are those of one core.
     */
    @Override
    public final void step(Gradients gradients, Cores cores) {
        beforeStep();
        for (int i = 0; i < state.length; i++) {
            Parameter p = parameters.get(i);
            // PReLU's slopes and batch normalization's gamma train at the weights' rate, as in DL4J.
            double rate = p.atBiasRate() ? biasRate : weightRate;
            if (rate != 0.0) {
                double[] value = p.value().data();
                int parts = cores.partsFor(value.length, SPLIT_ELEMENTS);
                if (parts == 1) {
                    update(value, gradients.of(i).data(), rate, state[i], 0, value.length);
                } else {
                    shared.set(value, gradients.of(i).data(), rate, state[i]);
                    cores.share(shared, parts);
                    shared.set(null, null, 0.0, null);
                }
            }
        }
    }

    private static double[][] slots(Matrix parameter, int slots, double initial) {
        if (parameter == null) {
            return null;
        }
        double[][] out = new double[slots][parameter.data().length];
        for (double[] slot : out) {
            java.util.Arrays.fill(slot, initial);
        }
        return out;
    }

    /** Called once per step before any parameter is updated (Adam counts its steps here). */
    void beforeStep() {
    }

    /**
     * Updates elements {@code [from, to)} of {@code p} in place from its gradient {@code g}, learning rate
     * {@code rate} and its state (each element from its own gradient and state alone).
     */
    abstract void update(double[] p, double[] g, double rate, double[][] slots, int from, int to);

    /** One parameter's update, in parts of its elements (reused: sharing it allocates nothing). */
    private final class SharedUpdate implements Cores.Shared {
        private double[] p;
        private double[] g;
        private double rate;
        private double[][] slots;

        void set(double[] p, double[] g, double rate, double[][] slots) {
            this.p = p;
            this.g = g;
            this.rate = rate;
            this.slots = slots;
        }

        @Override
        public void part(int part, int parts) {
            update(p, g, rate, slots, (int) ((long) p.length * part / parts),
                    (int) ((long) p.length * (part + 1) / parts));
        }
    }
}
