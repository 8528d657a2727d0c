package org.backproplab.engine.network;

import org.backproplab.engine.matrix.Cores;
import org.backproplab.engine.matrix.Matrix;

/**
 * Every buffer one forward and backward pass over a mini-batch of {@code batchSize} rows needs, allocated once
 * and reused for every step: this is why a training step allocates nothing.
 *
 * <p>The names follow the slides: for layer l and every sample (one row each),
 * <ul>
 *   <li>{@code net(l)}: total net input of each unit, {@code net = out(l-1) W + b}</li>
 *   <li>{@code out(l)}: its output after the activation, {@code out = f(net)}</li>
 *   <li>{@code dOut(l)}: {@code dJ/dout(l)}, how the cost changes with each unit's output</li>
 *   <li>{@code delta(l)}: {@code dJ/dnet(l) = dJ/dout(l) * f'(net(l))}, the unit's "delta"</li>
 * </ul>
 * A batch-normalized layer also has {@code z(l) = out(l-1) W + b} before the normalization makes it {@code net}
 * (and {@code dZ(l)}, its gradient); elsewhere {@code z(l)} is {@code net(l)}, the same matrix. A layer with a
 * residual connection keeps {@code f(net(l))} as {@code activated(l)}, before the shortcut is added to make
 * {@code out(l)}; elsewhere the two are the same matrix.
 * They stay readable after a pass, so a trace can print every intermediate value.
 */
public final class Workspace {
    private final int batchSize;
    private final Matrix[] net;
    private final Matrix[] out;
    private final Matrix[] dOut;
    private final Matrix[] delta;
    private final Matrix[] z;
    private final Matrix[] dZ;
    private final Matrix[] activated;
    private final BatchNormBuffers[] norm;
    /** {@code shortcutInto[l]}: the layer that adds out(l) to its own, or -1 ({@link NetworkSpec#skipSource}). */
    private final int[] shortcutInto;
    /** {@code W(l)^T}, copied in the backward pass: the product {@code delta W^T} reads it along its rows. */
    private final Matrix[] weightsTransposed;
    private final Gradients gradients;
    /** Draws the noise of stochastic activations (RReLU's slopes) in training passes; seeded, so repeatable. */
    private java.util.SplittableRandom random = new java.util.SplittableRandom(0);
    private Matrix input;
    /** The cores the passes' matrix products share ({@link Cores}: the same bits on any count); one by default. */
    private Cores cores = Cores.ONE;

    public Workspace(NetworkSpec spec, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        int layers = spec.layers().size();
        net = new Matrix[layers];
        out = new Matrix[layers];
        dOut = new Matrix[layers];
        delta = new Matrix[layers];
        weightsTransposed = new Matrix[layers];
        z = new Matrix[layers];
        dZ = new Matrix[layers];
        activated = new Matrix[layers];
        norm = new BatchNormBuffers[layers];
        shortcutInto = new int[layers];
        java.util.Arrays.fill(shortcutInto, -1);
        for (int l = 0; l < layers; l++) {
            LayerSpec layer = spec.layers().get(l);
            int units = layer.width();
            int inputs = l == 0 ? spec.inputs() : spec.layers().get(l - 1).width();
            weightsTransposed[l] = new Matrix(units, inputs);
            net[l] = new Matrix(batchSize, units);
            out[l] = new Matrix(batchSize, units);
            dOut[l] = new Matrix(batchSize, units);
            delta[l] = new Matrix(batchSize, units);
            norm[l] = layer.normalization().newBuffers(batchSize, units);
            z[l] = norm[l] == null ? net[l] : new Matrix(batchSize, units);
            dZ[l] = norm[l] == null ? delta[l] : new Matrix(batchSize, units);
            activated[l] = layer.skip() == 0 ? out[l] : new Matrix(batchSize, units);
            if (spec.skipSource(l) >= 0) {
                shortcutInto[spec.skipSource(l)] = l;
            }
        }
        gradients = new Gradients(spec);
    }

    public int batchSize() {
        return batchSize;
    }

    /** The cores this workspace's passes share their matrix products between. */
    public Cores cores() {
        return cores;
    }

    /**
     * Shares the matrix products of the passes through this workspace between {@code cores} (whose owner closes
     * them). The numbers are the same bits on any number of cores; only the time changes.
     */
    public void useCores(Cores cores) {
        this.cores = java.util.Objects.requireNonNull(cores, "cores");
    }

    /** The mini-batch the last forward pass read (layer l = -1, in the slides' terms the inputs i). */
    public Matrix input() {
        return input;
    }

    void setInput(Matrix input) {
        this.input = input;
    }

    /** {@code out(l-1)}, where {@code out(-1)} is the input: what layer l multiplies by its weights. */
    public Matrix layerInput(int l) {
        return l == 0 ? input : out[l - 1];
    }

    /** The generator training passes draw activation noise from. */
    public java.util.random.RandomGenerator random() {
        return random;
    }

    /** Restarts the noise generator: the next training passes draw the same noise as after any reseed(seed). */
    public void reseed(long seed) {
        random = new java.util.SplittableRandom(seed);
    }

    public Matrix net(int l) {
        return net[l];
    }

    public Matrix out(int l) {
        return out[l];
    }

    public Matrix dOut(int l) {
        return dOut[l];
    }

    public Matrix delta(int l) {
        return delta[l];
    }

    /** {@code z(l) = out(l-1) W + b}, before batch normalization; {@link #net} itself where there is none. */
    public Matrix z(int l) {
        return z[l];
    }

    /** {@code dJ/dz(l)}, through batch normalization; {@link #delta} itself where there is none. */
    public Matrix dZ(int l) {
        return dZ[l];
    }

    /** {@code f(net(l))}, before a residual connection adds to it; {@link #out} itself where there is none. */
    public Matrix activated(int l) {
        return activated[l];
    }

    /** What batch normalization kept of layer l's last forward pass, or null for a layer without it. */
    public BatchNormBuffers norm(int l) {
        return norm[l];
    }

    /** The layer whose output adds {@code out(l)} through a residual connection, or -1 if none does. */
    int shortcutInto(int l) {
        return shortcutInto[l];
    }

    /** Scratch for layer l's {@code W^T} ({@code units x inputs}), filled by the backward pass. */
    public Matrix weightsTransposed(int l) {
        return weightsTransposed[l];
    }

    /** The network's output: {@code out} of the last layer. */
    public Matrix output() {
        return out[out.length - 1];
    }

    public Gradients gradients() {
        return gradients;
    }
}
