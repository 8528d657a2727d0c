package org.backproplab.experiments.training;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.Network;

/**
 * The linear regions a ReLU network of two inputs carves in the plane, counted two ways. A region is the set of
 * inputs where every hidden unit is on or off alike (its activation pattern): there the network is one affine map,
 * and since each unit's net input is affine in x once the units before it are fixed, the set is cut out by linear
 * inequalities, so it is convex and every pattern is one connected region.
 * <ul>
 *   <li>{@link #onGrid}: the distinct patterns at the centres of a grid's cells. A lower bound: a region smaller
 *       than a cell, or one that no cell centre falls in, is missed.</li>
 *   <li>{@link #alongSegment}: exactly, along a segment, by walking from one unit's zero crossing to the next: inside
 *       a region every net input is affine in the position t along the segment, so the next crossing is the nearest
 *       root of those affine functions, found from their values and their derivatives along the segment.</li>
 * </ul>
 * Counted are activation regions; two neighbouring regions may happen to carry the same affine map (a unit that
 * switches but feeds only units that are off), so the number of distinct affine pieces can be smaller still.
 * Only the hidden layers' patterns count: the output layer is affine on each region.
 */
public final class ActivationRegions {
    private final List<DenseLayer> hidden;
    private final int units;
    /** Each hidden layer's net inputs at the point last asked: one instance counts one network on one thread. */
    private final double[][] nets;

    /** The hidden layers of {@code network} as they are now (ReLU's, or the counts mean nothing). */
    public ActivationRegions(Network network) {
        List<DenseLayer> layers = network.layers();
        this.hidden = List.copyOf(layers.subList(0, layers.size() - 1));
        if (hidden.isEmpty() || hidden.get(0).inputs() != 2) {
            throw new IllegalArgumentException("regions of the plane need a network of 2 inputs and a hidden layer");
        }
        this.units = hidden.stream().mapToInt(DenseLayer::units).sum();
        this.nets = hidden.stream().map(l -> new double[l.units()]).toArray(double[][]::new);
    }

    /** Hidden units in all: the length of a pattern. */
    public int units() {
        return units;
    }

    /** A pattern as bits, one per hidden unit, layer by layer: equal patterns, equal regions. */
    record Pattern(long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && Arrays.equals(bits, p.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }
    }

    /** The pattern at (x, y): unit k of the whole network is on where its net input is > 0. */
    Pattern pattern(double x, double y) {
        long[] bits = new long[(units + 63) / 64];
        double[] in = {x, y};
        int k = 0;
        for (int l = 0; l < hidden.size(); l++) {
            double[] net = nets[l];
            net(hidden.get(l), in, net);
            for (int j = 0; j < net.length; j++, k++) {
                if (net[j] > 0) {
                    bits[k >>> 6] |= 1L << (k & 63);
                }
                net[j] = Math.max(0, net[j]);
            }
            in = net;
        }
        return new Pattern(bits);
    }

    /** {@code net = in W + b} of one layer (the engine's row convention, eq. 6.44's weighted sum). */
    private static double[] net(DenseLayer layer, double[] in) {
        double[] net = new double[layer.units()];
        net(layer, in, net);
        return net;
    }

    /** As above, into {@code net}; the weights read straight from their row-major array. */
    private static void net(DenseLayer layer, double[] in, double[] net) {
        double[] w = layer.weights().data();
        double[] b = layer.biases().data();
        int cols = net.length;
        System.arraycopy(b, 0, net, 0, cols);
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            if (v == 0) {
                continue;
            }
            for (int j = 0, at = i * cols; j < cols; j++) {
                net[j] += v * w[at + j];
            }
        }
    }

    /** Regions the cells of a grid see: how many distinct patterns, and which region (0, 1, ...) each cell is in. */
    public record GridCount(int regions, int[] cells) {
    }

    /**
     * The distinct patterns at the centres of a {@code resolution x resolution} grid over {@code xRange} x
     * {@code yRange}; cells in rows from the top, each row from the left (as {@code DecisionBoundary} draws them),
     * each numbered by the region it is in, in the order they are first met.
     */
    public GridCount onGrid(double[] xRange, double[] yRange, int resolution) {
        Map<Pattern, Integer> ids = new HashMap<>();
        int[] cells = new int[resolution * resolution];
        for (int j = 0; j < resolution; j++) {
            double y = yRange[1] - (j + 0.5) * (yRange[1] - yRange[0]) / resolution;
            for (int i = 0; i < resolution; i++) {
                double x = xRange[0] + (i + 0.5) * (xRange[1] - xRange[0]) / resolution;
                Pattern p = pattern(x, y);
                Integer id = ids.get(p);
                if (id == null) {
                    id = ids.size();
                    ids.put(p, id);
                }
                cells[j * resolution + i] = id;
            }
        }
        return new GridCount(ids.size(), cells);
    }

    /** The distinct patterns at {@code points} evenly spaced points of the segment from a to b (ends included). */
    public int sampledAlong(double[] a, double[] b, int points) {
        java.util.Set<Pattern> seen = new java.util.HashSet<>();
        for (int s = 0; s < points; s++) {
            double t = points == 1 ? 0 : (double) s / (points - 1);
            seen.add(pattern(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])));
        }
        return seen.size();
    }

    /**
     * The regions the segment from a to b passes through, exactly (up to crossings closer together than 1e-12 of
     * its length, which are counted once): 1 plus the number of places where some hidden unit's net input changes
     * sign. From each point, every unit's net input and its derivative along the segment are carried forward
     * through the layers (the derivative through a unit that is off is 0); the nearest zero ahead of any of them
     * ends the region.
     */
    public int alongSegment(double[] a, double[] b) {
        double[] direction = {b[0] - a[0], b[1] - a[1]};
        double t = 0;
        int regions = 1;
        // Past a crossing by a hair, so the unit that just switched is read on its new side.
        final double hair = 1e-12;
        while (true) {
            double[] in = {a[0] + t * direction[0], a[1] + t * direction[1]};
            double[] din = direction.clone();
            double next = Double.POSITIVE_INFINITY;
            for (DenseLayer layer : hidden) {
                double[] net = net(layer, in);
                double[] dnet = slope(layer, din);
                for (int j = 0; j < net.length; j++) {
                    // The net input reaches 0 after a step of -net / dnet along t, if it is heading there.
                    if (dnet[j] != 0) {
                        double step = -net[j] / dnet[j];
                        if (step > hair) {
                            next = Math.min(next, t + step);
                        }
                    }
                    boolean on = net[j] > 0;
                    net[j] = on ? net[j] : 0;
                    dnet[j] = on ? dnet[j] : 0;
                }
                in = net;
                din = dnet;
            }
            if (next >= 1) {
                return regions;
            }
            regions++;
            t = next + hair;
        }
    }

    /** The derivative of {@code net} along the segment, given that of the layer's input: {@code din W}. */
    private static double[] slope(DenseLayer layer, double[] din) {
        Matrix w = layer.weights();
        double[] d = new double[layer.units()];
        for (int j = 0; j < d.length; j++) {
            double s = 0;
            for (int i = 0; i < din.length; i++) {
                s += din[i] * w.get(i, j);
            }
            d[j] = s;
        }
        return d;
    }
}
