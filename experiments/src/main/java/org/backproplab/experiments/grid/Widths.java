package org.backproplab.experiments.grid;

/**
 * How wide each hidden layer is when a grid fixes something other than the width: a parameter budget (the
 * width whose network's weights and biases come closest to it, {@link #forBudget}) or a count of hidden units in
 * all, split evenly over the layers ({@link #forUnits}). Comparing depths at one width gives the deep networks
 * many more weights; comparing them at one budget or one unit count is the fair question of the role of depth.
 */
public final class Widths {
    private Widths() {
    }

    /**
     * Weights and biases of a network of {@code depth} hidden layers of {@code width} units between
     * {@code inputs} and {@code outputs}: {@code inputs*w + w + (depth-1)(w*w + w) + w*outputs + outputs}. Biases
     * are counted because they are trained like the weights; every layer of the engine has them.
     */
    public static long parameters(int inputs, int depth, int width, int outputs) {
        long w = width;
        return inputs * w + w + (depth - 1L) * (w * w + w) + w * outputs + outputs;
    }

    /**
     * The width whose {@link #parameters} are closest to {@code budget} (the smaller on a tie), at least 1: the
     * real root of {@code (depth-1) w^2 + (inputs + depth + outputs) w + outputs = budget}, rounded to whichever
     * neighbouring whole width misses the budget by less.
     */
    public static int forBudget(long budget, int inputs, int depth, int outputs) {
        double a = depth - 1.0;
        double b = inputs + depth + outputs;
        double c = outputs - (double) budget;
        double root = a == 0 ? -c / b : (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        int below = Math.max(1, (int) Math.floor(root));
        int best = below;
        for (int w = below; w <= below + 1; w++) {
            if (Math.abs(parameters(inputs, depth, w, outputs) - budget)
                    < Math.abs(parameters(inputs, depth, best, outputs) - budget)) {
                best = w;
            }
        }
        return best;
    }

    /** {@code units} hidden units split evenly over {@code depth} layers; refused if they do not split evenly. */
    public static int forUnits(int units, int depth) {
        if (units % depth != 0) {
            throw new IllegalArgumentException(units + " hidden units do not split evenly over " + depth
                    + " hidden layers");
        }
        return units / depth;
    }

    /** The least count of units that every one of {@code depths} divides: what to suggest when one does not. */
    public static long evenlySplit(java.util.List<Integer> depths) {
        long lcm = 1;
        for (int d : depths) {
            lcm = lcm / gcd(lcm, d) * d;
        }
        return lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
