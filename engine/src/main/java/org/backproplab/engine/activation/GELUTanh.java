package org.backproplab.engine.activation;

/**
 * GELU by its tanh approximation: {@code f(net) = net/2 (1 + tanh(sqrt(2/pi) (net + 0.044715 net^3)))}, within
 * about 1e-3 of {@link GELU} and cheaper; what BERT and GPT-2 used, and DL4J's {@code GELU} by default.
 */
public record GELUTanh() implements Activation {
    private static final double C = Math.sqrt(2.0 / Math.PI);
    private static final double K = 0.044715;

    @Override
    public String name() {
        return "gelu-tanh";
    }

    /** Smooth, as the GELU it approximates. */
    @Override
    public Family family() {
        return Family.SQUASHING_OR_SMOOTH;
    }

    @Override
    public double apply(double net) {
        return 0.5 * net * (1.0 + Math.tanh(C * (net + K * net * net * net)));
    }

    @Override
    public double derivative(double net, double out) {
        double t = Math.tanh(C * (net + K * net * net * net));
        return 0.5 * (1.0 + t) + 0.5 * net * (1.0 - t * t) * C * (1.0 + 3.0 * K * net * net);
    }
}
