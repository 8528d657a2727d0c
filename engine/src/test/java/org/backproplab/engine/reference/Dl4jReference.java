package org.backproplab.engine.reference;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.Network;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

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
 */
final class Dl4jReference {
    private final MultiLayerNetwork net;

    static {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    /** DL4J's copy of {@code engine}, whose loss is MSE or softmax cross-entropy. */
    Dl4jReference(Network engine, Loss loss) {
        var builder = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new NoOp())
                .weightInit(WeightInit.XAVIER)
                .list();
        int layers = engine.layers().size();
        for (int l = 0; l < layers - 1; l++) {
            DenseLayer layer = engine.layer(l);
            builder.layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                    .nIn(layer.inputs()).nOut(layer.units()).activation(activation(layer.activation())).build());
        }
        DenseLayer out = engine.layer(layers - 1);
        boolean softmax = loss.name().equals("softmax-cross-entropy");
        if (!softmax && !loss.name().equals("mse")) {
            throw new IllegalArgumentException("no DL4J counterpart wired for loss " + loss.name());
        }
        builder.layer(new OutputLayer.Builder(softmax ? LossFunctions.LossFunction.MCXENT
                : LossFunctions.LossFunction.MSE)
                .nIn(out.inputs()).nOut(out.units())
                .activation(softmax ? org.nd4j.linalg.activations.Activation.SOFTMAX : activation(out.activation()))
                .build());
        net = new MultiLayerNetwork(builder.build());
        net.init();
        for (int l = 0; l < layers; l++) {
            net.setParam(l + "_W", toNd4j(engine.layer(l).weights()));
            net.setParam(l + "_b", toNd4j(engine.layer(l).biases()));
        }
    }

    static org.nd4j.linalg.activations.Activation activation(Activation a) {
        return switch (a.name()) {
            case "identity" -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case "sigmoid" -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case "tanh" -> org.nd4j.linalg.activations.Activation.TANH;
            case "relu" -> org.nd4j.linalg.activations.Activation.RELU;
            default -> throw new IllegalArgumentException("no DL4J counterpart for activation " + a.name());
        };
    }

    static INDArray toNd4j(Matrix m) {
        double[][] rows = new double[m.rows()][];
        for (int r = 0; r < m.rows(); r++) {
            rows[r] = m.rowCopy(r);
        }
        return Nd4j.create(rows);
    }

    static Matrix fromNd4j(INDArray a) {
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
    double computeGradientAndScore(Matrix x, Matrix y) {
        net.setInput(toNd4j(x));
        net.setLabels(toNd4j(y));
        net.computeGradientAndScore();
        return net.score();
    }

    Matrix weightGradient(int layer) {
        return fromNd4j(net.gradient().getGradientFor(layer + "_W"));
    }

    Matrix biasGradient(int layer) {
        return fromNd4j(net.gradient().getGradientFor(layer + "_b"));
    }

    Matrix output(Matrix x) {
        return fromNd4j(net.output(toNd4j(x)));
    }

    DataType parameterType() {
        return net.params().dataType();
    }
}
