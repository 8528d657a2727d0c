package org.backproplab.reference;

import org.backproplab.engine.activation.PReLU;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.BatchNorm;
import org.backproplab.engine.network.BatchNormParameters;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.LayerSpec;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PReLULayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * Any engine network in DeepLearning4J, batch normalization and residual connections included, as a
 * {@code ComputationGraph} (a {@code MultiLayerNetwork}, {@link Dl4jReference}'s mirror, is a chain and has no
 * shortcut). Engine layer l becomes
 * <pre>
 *   dense_l  DenseLayer, identity activation         z = out(l-1) W + b
 *   norm_l   BatchNormalization                      net = gamma xHat + beta       (a batch-normalized layer)
 *   act_l    ActivationLayer(f), or PReLULayer       f(net)
 *   add_l    ElementWiseVertex(Add) of act_l and     out(l) = f(net) + out(l-k)     (a layer with a shortcut)
 *            the vertex holding out(l-k) ("in" for the input)
 * </pre>
 * and a layer with neither is one {@code DenseLayer} with f as its activation, as in {@link Dl4jReference}. The
 * output layer is an {@code OutputLayer}, as there (so it may have neither option). The engine's weights, biases,
 * PReLU slopes, gamma, beta and running mean and variance are copied in.
 *
 * <p>DL4J 1.0.0-M2.1's batch normalization, read from its {@code BatchNormalization} layer (the bytecode of the jar
 * this module uses: {@code javap -c org.deeplearning4j.nn.layers.normalization.BatchNormalization}) and checked by
 * {@code Dl4jGraphGradientTest} and {@code Dl4jBatchNormTrainingTest}:
 * <ul>
 *   <li>Defaults: {@code decay} 0.9 and {@code eps} 1e-5, the engine's {@link BatchNorm#MOMENTUM} and
 *       {@link BatchNorm#EPSILON}; this class still sets both from the engine's {@link BatchNorm} record, so another
 *       momentum or epsilon is mirrored too. DL4J's decay is our momentum: the share of the old estimate kept.</li>
 *   <li>A training forward pass ({@code computeGradientAndScore()}, {@code fit}) normalizes by the batch: mean and
 *       {@code x.var(false, 0)}, the <em>biased</em> variance (divided by m), plus eps, as the engine's training and
 *       {@code BATCH_STATISTICS} passes do. {@code output} normalizes by the running estimates.</li>
 *   <li>The running statistics do not move in the forward pass: its backward pass hands them to the updater as
 *       "gradients" {@code (1 - decay)(running - batch)} for the parameters {@code mean} and {@code var}, which
 *       {@code fit} subtracts as they are, neither divided by the batch size nor scaled by the learning rate, so one
 *       {@code fit} leaves
 *       {@code running = decay running + (1 - decay) batch}, the engine's rule, with the same biased batch
 *       variance. {@code computeGradientAndScore()} alone leaves them where they were.</li>
 *   <li>What it stores: by default ({@code useLogStd = true}) not the variance but {@code log10 sqrt(var)}, in a
 *       parameter {@code log10stdev}, moved so that {@code var} follows the rule above; with
 *       {@code useLogStd(false)} the variance itself, in {@code var}. Both evaluate with {@code sqrt(var + eps)},
 *       as the engine does (measured: {@code Dl4jBatchNormTrainingTest}). This class sets {@code useLogStd(false)},
 *       so that the engine's running variance is copied in and read back as it is, with no logarithm and power
 *       between.</li>
 *   <li>Gradients: as everywhere in DL4J, of the <em>sum</em> over the batch of the per-example loss, so its
 *       {@code dJ/dgamma} and {@code dJ/dbeta} are m x the engine's, like its weights' ({@link Dl4jReference}).</li>
 *   <li>A batch of one row: its forward pass takes it, its backward pass fails ("Op [subtract] execution failed
 *       ... Output array did not match expected shape"), so no one-row batch is compared through a normalized
 *       layer (the engine's gives 0 for every gradient into z, checked against finite differences instead).</li>
 *   <li>In double precision the layer runs DL4J's own Java code: the oneDNN (MKL-DNN) helper that nd4j-native could
 *       use instead accepts single precision only, and cuDNN's is for CUDA.</li>
 * </ul>
 * DL4J's {@code ElementWiseVertex(Add)} sends the error back to both of its inputs unchanged, the engine's
 * {@code dJ/dout(l-k) += dJ/dout(l)}.
 */
public final class Dl4jGraphReference {
    private static final String INPUT = "in";
    private static final String OUTPUT = "out";

    private final ComputationGraph graph;
    private final Network mirrored;

    static {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    /** DL4J's copy of {@code engine} and its loss, with no updater. */
    public Dl4jGraphReference(Network engine, Loss loss) {
        this(engine, loss, new NoOp());
    }

    /** DL4J's copy of {@code engine}, trained by {@link #fit} with {@code updater}. */
    public Dl4jGraphReference(Network engine, Loss loss, IUpdater updater) {
        mirrored = engine;
        NetworkSpec spec = engine.spec();
        int last = spec.layers().size() - 1;
        LayerSpec outSpec = spec.layers().get(last);
        if (!outSpec.normalization().equals(Normalization.none()) || outSpec.skip() != 0) {
            throw new IllegalArgumentException("the DL4J mirror takes an output layer without normalization or "
                    + "shortcut (an OutputLayer), got " + outSpec);
        }
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(updater)
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(INPUT);
        // outName[l + 1]: the vertex holding out(l); outName[0] is the input, out(-1)
        String[] outName = new String[spec.layers().size() + 1];
        outName[0] = INPUT;
        for (int l = 0; l < last; l++) {
            LayerSpec layer = spec.layers().get(l);
            DenseLayer engineLayer = engine.layer(l);
            int units = layer.width();
            String previous = outName[l];
            boolean prelu = layer.activation() instanceof PReLU;
            boolean normalized = layer.normalization() instanceof BatchNorm;
            if (!normalized && !(layer.normalization().equals(Normalization.none()))) {
                throw new IllegalArgumentException("no DL4J counterpart for normalization "
                        + layer.normalization().name() + " in layer " + l);
            }
            if (!normalized && !prelu) {
                g.addLayer(dense(l), new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                        .nIn(engineLayer.inputs()).nOut(units)
                        .activation(Dl4jReference.activation(layer.activation())).build(), previous);
                previous = dense(l);
            } else {
                g.addLayer(dense(l), new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                        .nIn(engineLayer.inputs()).nOut(units).activation(new ActivationIdentity()).build(),
                        previous);
                previous = dense(l);
                if (normalized) {
                    BatchNorm bn = (BatchNorm) layer.normalization();
                    g.addLayer(norm(l), new BatchNormalization.Builder().nIn(units).nOut(units)
                            .decay(bn.momentum()).eps(bn.epsilon()).useLogStd(false).build(), previous);
                    previous = norm(l);
                }
                if (prelu) {
                    // DL4J learns PReLU's slopes in a layer of their own (as in Dl4jReference)
                    var p = new PReLULayer.Builder().inputShape(units);
                    if (!((PReLU) layer.activation()).perUnit()) {
                        p.sharedAxes(1);
                    }
                    g.addLayer(activation(l), p.build(), previous);
                } else {
                    g.addLayer(activation(l), new ActivationLayer.Builder()
                            .activation(Dl4jReference.activation(layer.activation())).build(), previous);
                }
                previous = activation(l);
            }
            int from = spec.skipSource(l);
            if (from >= -1) {
                g.addVertex(add(l), new ElementWiseVertex(ElementWiseVertex.Op.Add), previous, outName[from + 1]);
                previous = add(l);
            }
            outName[l + 1] = previous;
        }
        Counterparts.LossCounterpart lossCounterpart = Counterparts.loss(loss);
        DenseLayer out = engine.layer(last);
        g.addLayer(OUTPUT, new OutputLayer.Builder(lossCounterpart.function())
                .nIn(out.inputs()).nOut(out.units())
                .activation(lossCounterpart.softmaxInOutputLayer() ? new ActivationSoftmax()
                        : Dl4jReference.activation(out.activation()))
                .build(), outName[last]);
        g.setOutputs(OUTPUT);
        graph = new ComputationGraph(g.build());
        graph.init();
        for (int l = 0; l <= last; l++) {
            DenseLayer layer = engine.layer(l);
            String d = l == last ? OUTPUT : dense(l);
            graph.setParam(d + "_W", Dl4jReference.toNd4j(layer.weights()));
            graph.setParam(d + "_b", Dl4jReference.toNd4j(layer.biases()));
            if (layer.activationParameters() != null) {
                INDArray slopes = graph.getParam(activation(l) + "_W");
                slopes.assign(Dl4jReference.toNd4j(layer.activationParameters()).reshape(slopes.shape()));
            }
            BatchNormParameters p = layer.normParameters();
            if (p != null) {
                assign(norm(l) + "_gamma", p.gamma());
                assign(norm(l) + "_beta", p.beta());
                assign(norm(l) + "_mean", p.runningMean());
                assign(norm(l) + "_var", p.runningVariance());
            }
        }
    }

    private static String dense(int l) {
        return "dense" + l;
    }

    private static String norm(int l) {
        return "norm" + l;
    }

    private static String activation(int l) {
        return "act" + l;
    }

    private static String add(int l) {
        return "add" + l;
    }

    /** Copies {@code m} into the graph's parameter {@code key}, in the parameter's own shape ([1, n] or [n]). */
    private void assign(String key, Matrix m) {
        INDArray target = graph.getParam(key);
        target.assign(Dl4jReference.toNd4j(m).reshape(target.shape()));
    }

    private Matrix param(String key) {
        INDArray p = graph.getParam(key);
        return Dl4jReference.fromNd4j(p.reshape(1, p.length()));
    }

    private Matrix gradient(String key) {
        INDArray g = graph.gradient().getGradientFor(key);
        if (g == null) {
            throw new IllegalStateException("DL4J has no gradient for " + key + "; expected one after "
                    + "computeGradientAndScore()");
        }
        return Dl4jReference.fromNd4j(key.endsWith("_W") && !key.startsWith("act") ? g : g.reshape(1, g.length()));
    }

    private String denseKey(int layer) {
        return layer == mirrored.layers().size() - 1 ? OUTPUT : dense(layer);
    }

    private void requireNormalized(int layer) {
        if (mirrored.layer(layer).normParameters() == null) {
            throw new IllegalArgumentException("layer " + layer + " is not batch-normalized");
        }
    }

    /**
     * The backward passes refuse, in Java, the batches libnd4j would refuse after printing to the process's native
     * stdout (where no Java code can silence it): prelu_bp's long inputs, and one row through a BatchNormalization
     * layer, whose backward pass fails in DL4J 1.0.0-M2.1 ("Op [subtract] execution failed ... Expected vs provided
     * shapes mismatch [1, 6] vs [6]", measured) though its forward pass takes it.
     */
    private void checkPreluBackprop(int rows) {
        if (Dl4jReference.preluBackpropRefuses(mirrored, rows)) {
            throw new IllegalArgumentException("DL4J's prelu_bp op refuses a batch of " + rows + " rows here "
                    + "(Dl4jReference.PRELU_BP_MAX_RATIO); expected a smaller batch");
        }
        if (rows == 1 && mirrored.normalizesBatches()) {
            throw new IllegalArgumentException("DL4J's BatchNormalization layer cannot back-propagate a batch of one "
                    + "row (its subtract op fails on the shapes); expected 2 rows or more");
        }
    }

    /**
     * DL4J's forward pass on a batch in training mode (batch statistics) and its backward pass; returns its score
     * (the batch mean of the loss). Moves no running statistic.
     */
    public double computeGradientAndScore(Matrix x, Matrix y) {
        checkPreluBackprop(x.rows());
        graph.setInputs(Dl4jReference.toNd4j(x));
        graph.setLabels(Dl4jReference.toNd4j(y));
        graph.computeGradientAndScore();
        return graph.score();
    }

    /** One training step of DL4J on a batch: forward, backward, update, the running statistics' included. */
    public void fit(Matrix x, Matrix y) {
        checkPreluBackprop(x.rows());
        graph.fit(new INDArray[] {Dl4jReference.toNd4j(x)}, new INDArray[] {Dl4jReference.toNd4j(y)});
    }

    /**
     * One training step on a batch already in ND4J's form ({@link Dl4jReference#toNd4j}, converted once, so that a
     * timing of steps does not time the conversion), returning DL4J's score of the batch before the step.
     */
    public double fitAndScore(INDArray x, INDArray y) {
        checkPreluBackprop(Math.toIntExact(x.rows()));
        graph.fit(new INDArray[] {x}, new INDArray[] {y});
        return graph.score();
    }

    /** The output in evaluation mode (running statistics): the engine's {@code Network.forward(x, ws)}. */
    public Matrix output(Matrix x) {
        return Dl4jReference.fromNd4j(graph.outputSingle(Dl4jReference.toNd4j(x)));
    }

    public Matrix weights(int layer) {
        return Dl4jReference.fromNd4j(graph.getParam(denseKey(layer) + "_W"));
    }

    public Matrix biases(int layer) {
        return param(denseKey(layer) + "_b");
    }

    public Matrix gamma(int layer) {
        requireNormalized(layer);
        return param(norm(layer) + "_gamma");
    }

    public Matrix beta(int layer) {
        requireNormalized(layer);
        return param(norm(layer) + "_beta");
    }

    public Matrix runningMean(int layer) {
        requireNormalized(layer);
        return param(norm(layer) + "_mean");
    }

    public Matrix runningVariance(int layer) {
        requireNormalized(layer);
        return param(norm(layer) + "_var");
    }

    public Matrix weightGradient(int layer) {
        return gradient(denseKey(layer) + "_W");
    }

    public Matrix biasGradient(int layer) {
        return gradient(denseKey(layer) + "_b");
    }

    /** {@code dJ/dslope} of layer {@code layer}'s PReLU slopes, as a row; null if it has none. */
    public Matrix activationParameterGradient(int layer) {
        return mirrored.layer(layer).activationParameters() == null ? null : gradient(activation(layer) + "_W");
    }

    public Matrix gammaGradient(int layer) {
        requireNormalized(layer);
        return gradient(norm(layer) + "_gamma");
    }

    public Matrix betaGradient(int layer) {
        requireNormalized(layer);
        return gradient(norm(layer) + "_beta");
    }

    /**
     * DL4J's gradient of engine parameter {@code index} ({@code Network.parameters()}'s order: W, b, then slopes,
     * gamma, beta where a layer has them), read by the parameter's name, so a caller can walk every parameter.
     */
    public Matrix gradientOf(org.backproplab.engine.network.Parameter p) {
        String name = p.name();
        String what = name.substring(name.lastIndexOf(' ') + 1);
        return switch (what) {
            case "W" -> weightGradient(p.layer());
            case "b" -> biasGradient(p.layer());
            case "slope" -> activationParameterGradient(p.layer());
            case "gamma" -> gammaGradient(p.layer());
            case "beta" -> betaGradient(p.layer());
            default -> throw new IllegalArgumentException("no DL4J gradient for parameter '" + name
                    + "'; expected a name ending in W, b, slope, gamma or beta");
        };
    }

    /** DL4J's value of engine parameter {@code p}, after {@link #fit} (by name, as {@link #gradientOf}). */
    public Matrix valueOf(org.backproplab.engine.network.Parameter p) {
        String name = p.name();
        String what = name.substring(name.lastIndexOf(' ') + 1);
        return switch (what) {
            case "W" -> weights(p.layer());
            case "b" -> biases(p.layer());
            case "slope" -> param(activation(p.layer()) + "_W");
            case "gamma" -> gamma(p.layer());
            case "beta" -> beta(p.layer());
            default -> throw new IllegalArgumentException("no DL4J value for parameter '" + name
                    + "'; expected a name ending in W, b, slope, gamma or beta");
        };
    }

    public DataType parameterType() {
        return graph.params().dataType();
    }
}
