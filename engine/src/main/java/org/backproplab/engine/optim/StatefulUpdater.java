package org.backproplab.engine.optim;

import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Gradients;
import org.backproplab.engine.network.Network;

/**
 * The common walk of every optimizer with memory: for each layer, the weights at the weight rate and the biases
 * at the bias rate (skipped when that rate is 0, so held biases stay exactly fixed), each parameter with
 * {@code slots} arrays of state of its own size, made once here.
 */
abstract class StatefulUpdater implements Updater {
    private final Network network;
    private final double weightRate;
    private final double biasRate;
    /** {@code state[3 l]} the weights' slots of layer l, {@code state[3 l + 1]} its biases', {@code 3 l + 2} its
     * activation parameters' (null when it has none). */
    private final double[][][] state;

    StatefulUpdater(Network network, double weightRate, double biasRate, int slots) {
        this(network, weightRate, biasRate, slots, 0.0);
    }

    /** As above, every slot starting at {@code initial} instead of 0. */
    StatefulUpdater(Network network, double weightRate, double biasRate, int slots, double initial) {
        this.network = network;
        this.weightRate = weightRate;
        this.biasRate = biasRate;
        int layers = network.layers().size();
        state = new double[3 * layers][][];
        for (int l = 0; l < layers; l++) {
            state[3 * l] = slots(network.layer(l).weights(), slots, initial);
            state[3 * l + 1] = slots(network.layer(l).biases(), slots, initial);
            state[3 * l + 2] = slots(network.layer(l).activationParameters(), slots, initial);
        }
    }

    @Override
    public final void step(Gradients gradients) {
        beforeStep();
        for (int l = 0; l < gradients.layers(); l++) {
            update(network.layer(l).weights(), gradients.weights(l), weightRate, state[3 * l]);
            if (biasRate != 0.0) {
                update(network.layer(l).biases(), gradients.biases(l), biasRate, state[3 * l + 1]);
            }
            if (state[3 * l + 2] != null) {
                // Learned activation parameters (PReLU's slopes) train at the weights' rate, as in DL4J.
                update(network.layer(l).activationParameters(), gradients.activationParameters(l), weightRate,
                        state[3 * l + 2]);
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
