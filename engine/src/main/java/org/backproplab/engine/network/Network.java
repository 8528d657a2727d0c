package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.matrix.MatrixKernels;

/**
 * A feed-forward network of dense layers, with back-propagation written out as on the slides.
 *
 * <p>Calling order for one training step: {@link #forward} fills a {@link Workspace} with every layer's
 * {@code net} and {@code out}; {@link #backward} walks them back from the loss and leaves {@code dJ/dW} and
 * {@code dJ/db} in the workspace's {@link Gradients}; an optimizer then applies {@code W := W - alpha * dJ/dW}
 * (the slides' {@code w+ = w - eta * dE/dw}). Back-propagation computes the gradient only; the learning is the
 * optimizer's (as the slides insist).
 *
 * <p>Layer indices start at 0 for the first hidden layer; the input is "layer -1". The slides number weights
 * w1..w8 instead; this package's page ({@code package-info.java}) maps them, and every equation of the slides, onto
 * the lines below.
 */
public final class Network {
    private final NetworkSpec spec;
    private final List<DenseLayer> layers;
    private final List<Parameter> parameters;

    private Network(NetworkSpec spec, List<DenseLayer> layers) {
        this.spec = spec;
        this.layers = List.copyOf(layers);
        List<Parameter> ps = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            // The order of Gradients: W, b, then the slopes and gamma, beta where the layer has them.
            DenseLayer layer = layers.get(l);
            ps.add(new Parameter("layer " + l + " W", l, ps.size(), layer.weights(), false));
            ps.add(new Parameter("layer " + l + " b", l, ps.size(), layer.biases(), true));
            if (layer.activationParameters() != null) {
                ps.add(new Parameter("layer " + l + " slope", l, ps.size(), layer.activationParameters(), false));
            }
            if (layer.normParameters() != null) {
                ps.add(new Parameter("layer " + l + " gamma", l, ps.size(), layer.normParameters().gamma(), false));
                ps.add(new Parameter("layer " + l + " beta", l, ps.size(), layer.normParameters().beta(), true));
            }
        }
        this.parameters = List.copyOf(ps);
    }

    /**
     * A new network of the given shape, each layer initialized in order by {@code initializer} from one random
     * generator seeded with {@code seed}: the same arguments always give the same weights.
     */
    public static Network create(NetworkSpec spec, Initializer initializer, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < spec.layers().size(); l++) {
            LayerSpec layer = spec.layers().get(l);
            Matrix weights = new Matrix(spec.fanIn(l), layer.width());
            Matrix biases = new Matrix(1, layer.width());
            initializer.initialize(l, weights, biases, random);
            int k = layer.activation().parameterCount(layer.width());
            Matrix slopes = null; // the activation's own parameters: so far only PReLU has any, its slopes
            if (k > 0) {
                slopes = new Matrix(1, k);
                layer.activation().initializeParameters(slopes);
            }
            // Batch normalization starts at the identity on x-hat and draws nothing: a network without it gets
            // the same weights from a seed as before it existed.
            layers.add(new DenseLayer(weights, biases, layer.activation(), slopes, layer.normalization(),
                    layer.normalization().newParameters(layer.width())));
        }
        return new Network(spec, layers);
    }

    public NetworkSpec spec() {
        return spec;
    }

    public List<DenseLayer> layers() {
        return layers;
    }

    public DenseLayer layer(int l) {
        return layers.get(l);
    }

    /**
     * Every learned matrix, layer by layer (W, b, then PReLU's slopes and batch normalization's gamma and beta
     * where a layer has them): what optimizers update and gradient checks probe, each with its gradient at the
     * same index of {@link Gradients#of}. Running statistics are not among them: no gradient trains them.
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** A deep copy: same weights, independent storage. */
    public Network copy() {
        return new Network(spec, layers.stream().map(DenseLayer::copy).toList());
    }

    /** A workspace for mini-batches of {@code batchSize} rows. */
    public Workspace workspace(int batchSize) {
        return new Workspace(spec, batchSize);
    }

    /**
     * The forward pass: for each layer, {@code net = out_prev W + b} and {@code out = f(net)}, kept in the
     * workspace (back-propagation stores these rather than recomputing them: eq. 6.52, not 6.53).
     *
     * @param x a mini-batch, one sample per row, with as many rows as the workspace's batch size
     * @return the output layer's {@code out} (a view into the workspace, overwritten by the next pass)
     */
    public Matrix forward(Matrix x, Workspace ws) {
        return forward(x, ws, Pass.EVALUATION);
    }

    /**
     * A forward pass for training: as {@link #forward(Matrix, Workspace)}, except that stochastic activations
     * (RReLU) draw their noise from the workspace's generator ({@link Workspace#reseed} makes it repeatable), and
     * batch normalization normalizes by the batch and moves its running statistics.
     */
    public Matrix forwardTraining(Matrix x, Workspace ws) {
        return forward(x, ws, Pass.TRAINING);
    }

    /**
     * The forward pass for {@code pass}: {@link Pass#EVALUATION} is {@link #forward(Matrix, Workspace)},
     * {@link Pass#TRAINING} is {@link #forwardTraining}, and {@link Pass#BATCH_STATISTICS} computes the function a
     * training step differentiates without changing anything (what a gradient check probes).
     */
    public Matrix forward(Matrix x, Workspace ws, Pass pass) {
        if (x.cols() != spec.inputs() || x.rows() != ws.batchSize()) {
            throw new IllegalArgumentException("forward: input " + x.shape() + " for a network of "
                    + spec.inputs() + " inputs and a workspace of " + ws.batchSize() + " rows");
        }
        ws.setInput(x);
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            // net = out_prev W + b, the bias added in the same pass (the slides' net_h1 = w1 i1 + w2 i2 + b1);
            // a batch-normalized layer calls this z and normalizes it into net (without, z is net itself)
            MatrixKernels.multiplyAddRow(ws.layerInput(l), layer.weights(), layer.biases(), ws.z(l), ws.cores());
            layer.normalization().forward(ws.z(l), ws.net(l), layer.normParameters(), ws.norm(l), pass);
            if (pass.training()) {
                layer.activation().forwardTraining(ws.net(l), ws.activated(l), layer.activationParameters(),
                        ws.random());
            } else {
                layer.activation().forward(ws.net(l), ws.activated(l), layer.activationParameters()); // out = f(net)
            }
            int from = spec.skipSource(l);
            if (from >= -1) {
                // a residual connection: out(l) = f(net(l)) + out(l-k), the earlier layer's output unchanged
                MatrixKernels.add(ws.activated(l), ws.layerInput(from + 1), ws.out(l));
            }
        }
        return ws.output();
    }

    /**
     * The backward pass, after {@link #forward} on the same workspace: fills {@code dOut}, {@code delta} and
     * the gradients of J = {@code loss} over the mini-batch.
     *
     * <p>Each step is the chain rule (eq. 6.44) applied once per layer, from the output back:
     * <pre>
     *   dJ/dout(L)   = loss'(out(L), target)                         the slides' dE_total/dout_o
     *   delta(l)     = dJ/dout(l) * f'(net(l))                       dE/dnet = dE/dout * dout/dnet
     *   dJ/dW(l)     = out(l-1)^T delta(l)                           dE/dw = dE/dnet * dnet/dw, dnet/dw = out_prev
     *   dJ/db(l)     = sum over the batch of delta(l)                dnet/db = 1
     *   dJ/dout(l-1) = delta(l) W(l)^T                               eq. 6.45: sum over the units a unit feeds
     * </pre>
     * A batch-normalized layer takes {@code delta(l)} back through its normalization first ({@link BatchNorm}'s
     * equations), and its weights see {@code dJ/dz(l)} in delta's place. A layer whose output a residual
     * connection adds to layer m's, {@code out(m) = f(net(m)) + out(l)}, feeds J along both paths, so its
     * {@code dJ/dout(l)} is the sum: {@code delta(l+1) W(l+1)^T + dJ/dout(m)}.
     * The weights used are those of the forward pass: no parameter changes until the optimizer's step.
     *
     * @return J on this batch, {@code loss.value} of the forward pass's output: the loss is computed on the way
     *     (softmax cross-entropy's gradient and value share their exponentials)
     */
    public double backward(Matrix target, Loss loss, Workspace ws) {
        int last = layers.size() - 1;
        if (target.rows() != ws.batchSize() || target.cols() != spec.outputs()) {
            throw new IllegalArgumentException("backward: target " + target.shape() + " for "
                    + ws.batchSize() + " rows of " + spec.outputs() + " outputs");
        }
        loss.checkOutputActivation(spec.outputActivation());
        double value = loss.valueAndGradient(ws.out(last), target, ws.dOut(last));
        Gradients gradients = ws.gradients();
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers.get(l);
            Activation f = layer.activation();
            // delta = dJ/dout * f'(net): eq. 6.44 through the activation, from the net and out stored (eq. 6.52)
            f.backward(ws.net(l), ws.activated(l), ws.dOut(l), ws.delta(l), layer.activationParameters(),
                    gradients.activationParameters(l));
            // dJ/dz = delta back through batch normalization, with dJ/dgamma and dJ/dbeta; without it dZ is delta
            layer.normalization().backward(ws.delta(l), ws.dZ(l), layer.normParameters(), ws.norm(l),
                    gradients.gamma(l), gradients.beta(l));
            // dJ/dW = out_prev^T delta (eq. 6.47, summed over the batch) and dJ/db = the rows of delta summed
            MatrixKernels.multiplyTransA(ws.layerInput(l), ws.dZ(l), gradients.weights(l), ws.cores());
            MatrixKernels.sumRows(ws.dZ(l), gradients.biases(l));
            if (l > 0) {
                // dJ/dout_prev = delta W^T: eq. 6.45-6.46, each unit's error summed over the units it feeds
                MatrixKernels.multiplyTransB(ws.dZ(l), layer.weights(), ws.dOut(l - 1),
                        ws.weightsTransposed(l), ws.cores());
                int m = ws.shortcutInto(l - 1);
                if (m >= 0) {
                    // ... and over the shortcut, which passes dJ/dout(m) back unchanged (its derivative is 1)
                    MatrixKernels.add(ws.dOut(l - 1), ws.dOut(m), ws.dOut(l - 1));
                }
            }
        }
        return value;
    }

    /** J of {@code loss} on one batch, by a forward pass through {@code ws}. */
    public double loss(Matrix x, Matrix target, Loss loss, Workspace ws) {
        return loss.value(forward(x, ws), target);
    }

    /** J of {@code loss} on one batch, by a forward pass of the given kind. */
    public double loss(Matrix x, Matrix target, Loss loss, Workspace ws, Pass pass) {
        return loss.value(forward(x, ws, pass), target);
    }

    /** Whether any layer normalizes by its batch: then a pass's outputs depend on the kind of pass. */
    public boolean normalizesBatches() {
        for (DenseLayer layer : layers) {
            if (layer.normParameters() != null) {
                return true;
            }
        }
        return false;
    }
}
