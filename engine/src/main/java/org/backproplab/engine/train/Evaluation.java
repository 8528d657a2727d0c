package org.backproplab.engine.train;

/**
 * A network's loss and classification accuracy on a whole data set, the norm of each layer's weight gradient
 * there (how strongly the loss still pulls on that layer: tiny norms in the first layers are the vanishing
 * gradient), and each layer's fraction of saturated unit outputs ({@link
 * org.backproplab.engine.activation.Activation#saturated}: on a flat part of f, passing almost no gradient back).
 */
public record Evaluation(double loss, double accuracy, double[] gradientNorms, double[] saturation) {
    public Evaluation {
        gradientNorms = gradientNorms.clone();
        saturation = saturation.clone();
    }

    @Override
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    @Override
    public double[] saturation() {
        return saturation.clone();
    }
}
