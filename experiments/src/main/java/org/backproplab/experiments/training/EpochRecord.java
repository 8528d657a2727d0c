package org.backproplab.experiments.training;

/**
 * A run's measurements after {@code epoch} epochs (epoch 0: at initialization, before any update), each on the
 * whole training or test set with the weights of that moment.
 *
 * @param firstLayerGradient norm of {@code dJ/dW} of the first hidden layer on the training set
 * @param lastLayerGradient  the same for the output layer: the ratio of the two shows the vanishing gradient
 * @param layerGradients     the norm of {@code dJ/dW} of every layer, first hidden to output (a copy)
 * @param layerSaturation    every layer's fraction of saturated outputs on the training set (empty if unknown)
 */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
        double firstLayerGradient, double lastLayerGradient, double[] layerGradients, double[] layerSaturation)
        implements java.io.Serializable {

    public EpochRecord {
        layerGradients = layerGradients.clone();
        layerSaturation = layerSaturation == null ? new double[0] : layerSaturation.clone();
    }

    /** A record without saturation measurements. */
    public EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
            double firstLayerGradient, double lastLayerGradient, double[] layerGradients) {
        this(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, firstLayerGradient, lastLayerGradient,
                layerGradients, new double[0]);
    }

    /** A record with only the first and output layers' gradients known. */
    public EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
            double firstLayerGradient, double lastLayerGradient) {
        this(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, firstLayerGradient, lastLayerGradient,
                new double[] {firstLayerGradient, lastLayerGradient});
    }

    @Override
    public double[] layerGradients() {
        return layerGradients.clone();
    }

    @Override
    public double[] layerSaturation() {
        return layerSaturation.clone();
    }
}
