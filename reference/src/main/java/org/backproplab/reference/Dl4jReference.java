package org.backproplab.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.activation.PReLU;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.optim.Optimizer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PReLULayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * The same network in DeepLearning4J, with the engine's weights copied in, used as the reference the engine's
 * gradients must reproduce. DL4J's conventions, each checked by the tests that use this class:
 * <ul>
 *   <li>Weights: key {@code "l_W"} is {@code nIn x nOut}, the engine's layout; biases {@code "l_b"} are
 *       {@code 1 x nOut}.</li>
 *   <li>{@code computeGradientAndScore()} leaves the gradient of the <em>sum</em> over the mini-batch of the
 *       per-example loss (DL4J divides by the batch size later, in its updater), while its score is the
 *       <em>mean</em>. The engine's J is the mean, so DL4J's gradient = m x the engine's.</li>
 *   <li>MSE: DL4J's {@code LossMSE} is per example the mean over outputs of the squared error, no 1/2:
 *       the engine's {@link Loss#meanSquaredError()}.</li>
 *   <li>Softmax cross-entropy: DL4J's output layer applies {@code SOFTMAX} and {@code MCXENT} computes
 *       the cross-entropy; the engine fuses both into {@link Loss#softmaxCrossEntropy()} after an identity
 *       output layer.</li>
 *   <li>Everything in double: {@code Nd4j.setDefaultDataTypes(DOUBLE, DOUBLE)} and {@code dataType(DOUBLE)}.</li>
 * </ul>
 * Which DL4J activation, loss and updater stands for each engine type, and why some have none, is one table per
 * kind keyed by the engine type's class ({@code Counterparts}), read by the methods below.
 */
public final class Dl4jReference {
    /**
     * libnd4j's {@code prelu_bp} op (prelu.cpp:111 in 1.0.0-M2.1) refuses an input whose length, divided by its
     * slopes' length in integer division, exceeds {@code SD_MAX_RANK * 2}: "the length of input array should be no
     * more than SD_MAX_RANK*2 times the alpha array length" (libnd4j's alpha is our slopes). SD_MAX_RANK is 32.
     * Measured on both sides with one shared slope: 64 and 63 values (16 x 4, 64 x 1, 9 x 7) accepted, 65 and 70
     * (13 x 5, 65 x 1, 10 x 7) refused.
     */
    static final int PRELU_BP_MAX_RATIO = 64;

    private final MultiLayerNetwork net;
    /** The engine network mirrored: its shapes say which batches DL4J's prelu_bp would refuse. */
    private final Network mirrored;
    /** DL4J's layer index of engine layer l's weights, and of its PReLU slopes (-1 if it has none). */
    private final int[] denseIndex;
    private final int[] preluIndex;

    static {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    /** DL4J's copy of {@code engine} and its loss, with no updater. */
    public Dl4jReference(Network engine, Loss loss) {
        this(engine, loss, new NoOp());
    }

    /** DL4J's copy of {@code engine}, trained by {@link #fit} with {@code updater}. */
    public Dl4jReference(Network engine, Loss loss, IUpdater updater) {
        this(engine, loss, updater, 0.0);
    }

    /** As above, with DL4J's L2 regularization {@code l2} on the weights (not the biases). */
    public Dl4jReference(Network engine, Loss loss, IUpdater updater, double l2) {
        var builder = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(updater)
                .l2(l2)
                .weightInit(WeightInit.XAVIER)
                .list();
        mirrored = engine;
        int layers = engine.layers().size();
        denseIndex = new int[layers];
        preluIndex = new int[layers];
        int next = 0;
        for (int l = 0; l < layers - 1; l++) {
            DenseLayer layer = engine.layer(l);
            denseIndex[l] = next++;
            preluIndex[l] = -1;
            if (layer.activation() instanceof PReLU prelu) {
                // DL4J learns PReLU slopes in a layer of their own after an identity dense layer; a slope shared
                // by all units is the axis of units shared.
                builder.layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                        .nIn(layer.inputs()).nOut(layer.units()).activation(new ActivationIdentity()).build());
                var p = new PReLULayer.Builder().inputShape(layer.units());
                if (!prelu.perUnit()) {
                    p.sharedAxes(1);
                }
                builder.layer(p.build());
                preluIndex[l] = next++;
            } else {
                builder.layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                        .nIn(layer.inputs()).nOut(layer.units()).activation(activation(layer.activation()))
                        .build());
            }
        }
        denseIndex[layers - 1] = next;
        preluIndex[layers - 1] = -1;
        DenseLayer out = engine.layer(layers - 1);
        // Our softmax cross-entropy applies the softmax itself, and DL4J's MCXENT wants it in the output layer;
        // every other loss takes the output activation as it is.
        Counterparts.LossCounterpart lossCounterpart = Counterparts.loss(loss);
        builder.layer(new OutputLayer.Builder(lossCounterpart.function())
                .nIn(out.inputs()).nOut(out.units())
                .activation(lossCounterpart.softmaxInOutputLayer() ? new ActivationSoftmax()
                        : activation(out.activation()))
                .build());
        net = new MultiLayerNetwork(builder.build());
        net.init();
        for (int l = 0; l < layers; l++) {
            net.setParam(denseIndex[l] + "_W", toNd4j(engine.layer(l).weights()));
            net.setParam(denseIndex[l] + "_b", toNd4j(engine.layer(l).biases()));
            if (preluIndex[l] >= 0) {
                INDArray slopes = net.getParam(preluIndex[l] + "_W");
                slopes.assign(toNd4j(engine.layer(l).activationParameters()).reshape(slopes.shape()));
            }
        }
    }

    /**
     * DL4J's function for {@code a}, with the same parameters, or empty where DL4J has none that computes the
     * same thing. Its GELU approximates in both modes: by default {@code x sigmoid(1.702 x)}, and with
     * {@code precise} the tanh approximation with its cubic coefficient cubed, {@code 0.044715^3 x^3} (0.8314 at
     * x = 1 where the approximation gives 0.8412). So neither our exact {@code gelu} nor our
     * {@code gelu-tanh} has a counterpart; both are checked against finite differences. Its hard sigmoid has a
     * fixed slope of 0.2.
     */
    public static Optional<IActivation> counterpart(Activation a) {
        return Counterparts.activation(a);
    }

    /**
     * Every activation that has a DL4J counterpart, as compared: default parameters, except that the leaky slope
     * is 1/16 and the hard sigmoid's slope is {@code (double) 0.2f}. DL4J 1.0.0-M2.1 applies those two constants in
     * single precision even in a double network (the leaky slope only in its backward pass, 0.01 becoming
     * 0.0099999998), which would show as a 1e-8 disagreement that is DL4J's rounding, not a difference of formula;
     * 1/16 is exact in both precisions, and our hard sigmoid takes DL4J's float slope as its parameter.
     */
    public static List<Activation> comparable() {
        List<Activation> out = new ArrayList<>();
        for (Activation a : Activation.all()) {
            if (supports(a)) {
                out.add(asCompared(a));
            }
        }
        return out;
    }

    /** {@code a} with the parameters it is compared with DL4J at (see {@link #comparable()}); others as they are. */
    public static Activation asCompared(Activation a) {
        return Counterparts.COMPARED_AT.getOrDefault(a.getClass(), a);
    }

    /**
     * DL4J's loss over ours, for one batch of {@code m} rows: its score is of the same per-sample loss except for
     * the seeds' sum of squares, which DL4J writes without the 1/2 ({@code L2}; its {@code SQUARED_LOSS} is a
     * mean over the outputs); its gradients are of the batch sum, ours of the batch mean. So DL4J's gradient is
     * ours times {@code m * lossScale(loss)}.
     */
    public static double lossScale(Loss loss) {
        return Counterparts.loss(loss).scale();
    }

    /** DL4J's f(x) for one value. */
    public static double apply(IActivation f, double x) {
        return f.getActivation(Nd4j.create(new double[][] {{x}}), true).getDouble(0, 0);
    }

    /** DL4J's f'(x) for one value, from its backward pass with dJ/dout = 1. */
    public static double derivative(IActivation f, double x) {
        return f.backprop(Nd4j.create(new double[][] {{x}}), Nd4j.create(new double[][] {{1.0}})).getFirst()
                .getDouble(0, 0);
    }

    /**
     * Whether DL4J can mirror {@code a}: as its activation function ({@link #counterpart}), or, for PReLU, as an
     * identity dense layer followed by DL4J's {@code PReLULayer}, which learns the slopes. DL4J's own
     * {@code prelu_bp} op refuses some batches through such a layer: {@link #preluBackpropRefuses} says which.
     */
    public static boolean supports(Activation a) {
        return counterpart(a).isPresent() || a instanceof PReLU;
    }

    /**
     * Whether DL4J's {@code prelu_bp} op would refuse to back-propagate a batch of {@code rows} through
     * {@code engine}'s mirror: a PReLU layer whose op input ({@code rows x units} values) is more than 64 times as
     * long as its slopes ({@link #PRELU_BP_MAX_RATIO}): with one slope shared by the layer, more than 64 values; with
     * one slope per unit, more than 64 rows. Asked before DL4J is called, because libnd4j prints its refusal
     * ("Error at [.../prelu.cpp:111:0]: ...") on the process's native stdout before it throws, where no Java code
     * can catch or silence it.
     */
    public static boolean preluBackpropRefuses(Network engine, int rows) {
        for (DenseLayer layer : engine.layers()) {
            if (layer.activation() instanceof PReLU prelu) {
                long input = (long) rows * layer.units();
                int slopes = prelu.parameterCount(layer.units());
                if (input / slopes > PRELU_BP_MAX_RATIO) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The backward passes below refuse, in Java, the batches libnd4j would refuse after printing to stdout. */
    private void checkPreluBackprop(int rows) {
        if (preluBackpropRefuses(mirrored, rows)) {
            throw new IllegalArgumentException("DL4J's prelu_bp op refuses a batch of " + rows + " rows here: its "
                    + "input may be at most " + PRELU_BP_MAX_RATIO + " times as long as a PReLU layer's slopes "
                    + "(rows x units / slopes); expected a smaller batch");
        }
    }

    /** Why {@code a} has no DL4J counterpart here, for reports; empty if it has one. */
    public static String whyNoCounterpart(Activation a) {
        if (supports(a)) {
            return "";
        }
        String why = Counterparts.whyNoActivation(a);
        return a.name() + ": " + (why == null ? "not mapped" : why);
    }

    /**
     * DL4J's updater making the same update as {@code o}, at its learning rate and with its constants, or empty
     * where DL4J has none ({@link #whyNoUpdater} says why): SGD, Nesterov, Adam and RMSProp have one, classical
     * momentum has none, and neither has an optimizer whose biases learn at another rate than its weights, since
     * a {@code Dl4jReference} gives DL4J one updater for both.
     */
    public static Optional<IUpdater> updater(Optimizer o) {
        return o.biasRate() == o.weightRate() ? Counterparts.optimizer(o) : Optional.empty();
    }

    /** Why {@code o} has no DL4J updater here ({@link #updater}), for reports; empty if it has one. */
    public static String whyNoUpdater(Optimizer o) {
        String why = Counterparts.whyNoOptimizer(o);
        if (why != null) {
            return o.name() + ": " + why;
        }
        if (o.biasRate() != o.weightRate()) {
            return o.name() + ": its biases learn at " + o.biasRate() + " and its weights at " + o.weightRate()
                    + ", and a Dl4jReference gives DL4J one updater for both";
        }
        return "";
    }

    public static IActivation activation(Activation a) {
        return counterpart(a).orElseThrow(() -> new IllegalArgumentException("no DL4J counterpart for activation "
                + a.name()));
    }

    public static INDArray toNd4j(Matrix m) {
        double[][] rows = new double[m.rows()][];
        for (int r = 0; r < m.rows(); r++) {
            rows[r] = m.rowCopy(r);
        }
        return Nd4j.create(rows);
    }

    public static Matrix fromNd4j(INDArray a) {
        long[] shape = a.shape();
        int rows = shape.length == 1 ? 1 : (int) shape[0];
        int cols = (int) shape[shape.length - 1];
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, shape.length == 1 ? a.getDouble(c) : a.getDouble(r, c));
            }
        }
        return m;
    }

    /** Runs DL4J's forward and backward pass on a batch; returns its score (the batch mean of the loss). */
    public double computeGradientAndScore(Matrix x, Matrix y) {
        checkPreluBackprop(x.rows());
        net.setInput(toNd4j(x));
        net.setLabels(toNd4j(y));
        net.computeGradientAndScore();
        return net.score();
    }

    /** One training step of DL4J on a batch: forward, backward, update. */
    public void fit(Matrix x, Matrix y) {
        checkPreluBackprop(x.rows());
        net.fit(toNd4j(x), toNd4j(y));
    }

    /**
     * One training step on a batch already in ND4J's form ({@link #toNd4j}, converted once, so that a timing of
     * steps does not time the conversion), returning DL4J's score of the batch before the step.
     */
    public double fitAndScore(INDArray x, INDArray y) {
        checkPreluBackprop(x.rows());
        net.fit(x, y);
        return net.score();
    }

    public Matrix weights(int layer) {
        return fromNd4j(net.getParam(denseIndex[layer] + "_W"));
    }

    public Matrix biases(int layer) {
        return fromNd4j(net.getParam(denseIndex[layer] + "_b"));
    }

    /** {@code dJ/dslope} of engine layer {@code layer}'s PReLU slopes, as a row; null if it has none. */
    public Matrix activationParameterGradient(int layer) {
        if (preluIndex[layer] < 0) {
            return null;
        }
        INDArray g = net.gradient().getGradientFor(preluIndex[layer] + "_W");
        return fromNd4j(g.reshape(1, g.length()));
    }

    public Matrix weightGradient(int layer) {
        return fromNd4j(net.gradient().getGradientFor(denseIndex[layer] + "_W"));
    }

    public Matrix biasGradient(int layer) {
        return fromNd4j(net.gradient().getGradientFor(denseIndex[layer] + "_b"));
    }

    public Matrix output(Matrix x) {
        return fromNd4j(net.output(toNd4j(x)));
    }

    public DataType parameterType() {
        return net.params().dataType();
    }
}
