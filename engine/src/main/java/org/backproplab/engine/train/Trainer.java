package org.backproplab.engine.train;

import org.backproplab.engine.loss.L2;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.Updater;

/**
 * Mini-batch training: each epoch shuffles the training set and, for every mini-batch, runs forward, backward and
 * one optimizer step. All buffers are made in the constructor; {@link #epoch()} allocates nothing.
 *
 * <p>One thread drives a run. Experiments run many networks side by side, one per thread; a run with cores to spare
 * (fewer runs than cores) shares its matrix products between them ({@link #useCores}), by blocks of output rows,
 * which gives the same bits as one core: a network trained gives the same numbers whatever the thread count.
 */
public final class Trainer {
    private final Network network;
    private final Loss loss;
    private final L2 l2;
    private final Updater updater;
    private final MiniBatches batches;
    private final Workspace full;
    private final Workspace rest;

    /**
     * @param x training inputs, one sample per row
     * @param y training targets, one row per sample
     * @param shuffleSeed seeds the order in which samples are visited
     */
    public Trainer(Network network, Loss loss, Optimizer optimizer, int batchSize, Matrix x, Matrix y,
            long shuffleSeed) {
        this(network, loss, L2.NONE, optimizer, batchSize, x, y, shuffleSeed);
    }

    /**
     * As above, with L2 weight decay: {@code l2.lambda() W} is added to every weight gradient before each update.
     */
    public Trainer(Network network, Loss loss, L2 l2, Optimizer optimizer, int batchSize, Matrix x, Matrix y,
            long shuffleSeed) {
        loss.checkOutputActivation(network.spec().outputActivation());
        if (x.cols() != network.spec().inputs() || y.cols() != network.spec().outputs()) {
            throw new IllegalArgumentException("training data " + x.shape() + " -> " + y.shape()
                    + " does not fit a network of " + network.spec().inputs() + " inputs and "
                    + network.spec().outputs() + " outputs");
        }
        this.network = network;
        this.loss = loss;
        this.l2 = l2;
        this.batches = new MiniBatches(x, y, batchSize, shuffleSeed);
        this.full = network.workspace(batches.batchSize());
        this.updater = optimizer.updaterFor(network);
        this.rest = batches.restSize() == 0 ? null : network.workspace(batches.restSize());
        // Stochastic activations draw from the workspaces' generators: seed them from this run's seed.
        full.reseed(shuffleSeed ^ 0x5DEECE66DL);
        if (rest != null) {
            rest.reseed(shuffleSeed ^ 0x2545F4914F6CDD1DL);
        }
    }

    /**
     * Shares the products of every training step between {@code cores} (their owner closes them); the same bits
     * as on one core.
     */
    public void useCores(org.backproplab.engine.matrix.Cores cores) {
        full.useCores(cores);
        if (rest != null) {
            rest.useCores(cores);
        }
    }

    /**
     * One pass over the training set in a fresh random order.
     *
     * @return the mean of the mini-batch losses seen during the epoch (each measured before its own update;
     *         the data loss, without the L2 penalty)
     */
    public double epoch() {
        return epoch(null, null);
    }

    /**
     * One epoch, measuring every step with {@code instruments} and handing the readings to {@code observer}
     * after each update (both may be null). Measuring allocates nothing; what the observer keeps is its affair.
     */
    public double epoch(Instruments instruments, StepObserver observer) {
        return epoch(instruments, observer, null);
    }

    /**
     * One epoch, showing every step to {@code listener}: its mini-batch loss and workspace after the backward pass,
     * before the update, and then the network after it. A listener only reads, so the numbers are the same with or
     * without one.
     */
    public double epoch(StepListener listener) {
        return epoch(null, null, listener);
    }

    private double epoch(Instruments instruments, StepObserver observer, StepListener listener) {
        batches.shuffle();
        double sum = 0.0;
        int count = batches.batchesPerEpoch();
        for (int b = 0; b < count; b++) {
            Matrix bx = batches.inputs(b);
            Matrix by = batches.targets(b);
            Workspace ws = bx.rows() == full.batchSize() ? full : rest;
            network.forwardTraining(bx, ws);
            double batchLoss = network.backward(by, loss, ws);
            sum += batchLoss;
            l2.addGradient(network, ws.gradients());
            if (listener != null) {
                listener.beforeUpdate(bx, by, batchLoss, ws);
            }
            if (instruments != null) {
                instruments.beforeUpdate(ws);
            }
            updater.step(ws.gradients(), ws.cores());
            if (listener != null) {
                listener.afterUpdate();
            }
            if (instruments != null) {
                instruments.afterUpdate();
                if (observer != null) {
                    observer.afterStep(instruments);
                }
            }
        }
        return sum / count;
    }

    /** Receives the readings of each step of an instrumented epoch. */
    @FunctionalInterface
    public interface StepObserver {
        void afterStep(Instruments readings);
    }

    /**
     * Sees each step of an epoch, in this order: {@link #beforeUpdate} with the mini-batch, its loss, and the
     * gradients the optimizer is about to apply (L2 included), the network's weights still as they were; then
     * {@link #afterUpdate}. It must not change the network or the workspace.
     */
    public interface StepListener {
        void beforeUpdate(Matrix inputs, Matrix targets, double batchLoss, Workspace ws);

        void afterUpdate();
    }

    public Network network() {
        return network;
    }
}
