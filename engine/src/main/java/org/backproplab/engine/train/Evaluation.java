package org.backproplab.engine.train;

/**
 * A network's loss and classification accuracy on a whole data set, and the norm of each layer's weight
 * gradient there (how strongly the loss still pulls on that layer: tiny norms in the first layers are the
 * vanishing gradient).
 */
public record Evaluation(double loss, double accuracy, double[] gradientNorms) {
    public Evaluation {
        gradientNorms = gradientNorms.clone();
    }

    @Override
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }
}
