package org.backproplab.benchmarks;

import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.BatchNormParameters;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Sgd;
import org.backproplab.engine.optim.Updater;

/**
 * The engine's training step, written as {@code Trainer.epoch} runs it for one mini-batch: a training forward pass
 * (whose loss is the step's reading), the backward pass, one SGD update. Owns its copy of the network, so that
 * several threads can each step their own.
 */
public final class EngineStep {
    private final StepData data;
    private final Network network;
    private final Workspace workspace;
    private final Updater updater;
    private int next;

    public EngineStep(StepData data) {
        this(data, org.backproplab.engine.matrix.Cores.ONE);
    }

    /** A step whose matrix products are shared between {@code cores} (the caller closes them). */
    public EngineStep(StepData data, org.backproplab.engine.matrix.Cores cores) {
        this.data = data;
        this.network = data.initial().copy();
        this.workspace = network.workspace(data.benchCase().batch());
        workspace.useCores(cores);
        this.updater = Sgd.withRate(StepData.RATE).updaterFor(network);
    }

    /** One step on the next batch in the cycle; returns that batch's loss before the update. */
    public double step() {
        int b = next;
        next = b + 1 == data.batches() ? 0 : b + 1;
        Matrix x = data.inputs()[b];
        Matrix y = data.targets()[b];
        network.forwardTraining(x, workspace);
        double loss = network.backward(y, data.benchCase().loss(), workspace); // J, as Trainer.epoch reads it
        updater.step(workspace.gradients(), workspace.cores());
        return loss;
    }

    /**
     * Back to the initial parameters (weights, biases, and batch normalization's gamma and beta: every matrix of
     * {@link Network#parameters()}), the initial running statistics, and the first batch.
     */
    public void reset() {
        var from = data.initial().parameters();
        var to = network.parameters();
        for (int i = 0; i < to.size(); i++) {
            to.get(i).value().copyFrom(from.get(i).value());
        }
        for (int l = 0; l < network.layers().size(); l++) {
            BatchNormParameters p = network.layer(l).normParameters();
            if (p != null) {
                p.runningMean().copyFrom(data.initial().layer(l).normParameters().runningMean());
                p.runningVariance().copyFrom(data.initial().layer(l).normParameters().runningVariance());
            }
        }
        next = 0;
    }

    /** The loss on batch {@code b} with the current weights (for checks, not for timing). */
    public double loss(int b) {
        return network.loss(data.inputs()[b], data.targets()[b], data.benchCase().loss(), workspace);
    }

    public Network network() {
        return network;
    }
}
