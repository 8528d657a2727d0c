package org.backproplab.engine.optim;

import java.util.List;
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
        beforeStep();
        for (int i = 0; i < state.length; i++) {
            Parameter p = parameters.get(i);
            // PReLU's slopes and batch normalization's gamma train at the weights' rate, as in DL4J.
            double rate = p.atBiasRate() ? biasRate : weightRate;
            if (rate != 0.0) {
                update(p.value(), gradients.of(i), rate, state[i]);
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

    private void update(Matrix parameter, Matrix gradient, double rate, double[][] slots) {
        update(parameter.data(), gradient.data(), rate, slots);
    }

    /** Updates {@code p} in place from its gradient {@code g}, learning rate {@code rate} and its state. */
    abstract void update(double[] p, double[] g, double rate, double[][] slots);
}
