package org.backproplab.experiments.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.DenseLayer;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Region counts on hand-built networks whose regions are known exactly. */
class ActivationRegionsTest {
    /** A ReLU network of {@code depth} layers of {@code width} on 2 inputs, its weights to be set by hand. */
    private static Network network(int depth, int width) {
        return Network.create(NetworkSpec.mlp(2, depth, width, Activation.relu(), 1, Activation.identity()),
                Initializer.named("he"), 1);
    }

    /** Unit j of {@code layer}: {@code net = w . in + b}. */
    private static void unit(DenseLayer layer, int j, double b, double... w) {
        Matrix weights = layer.weights();
        for (int i = 0; i < weights.rows(); i++) {
            weights.set(i, j, i < w.length ? w[i] : 0);
        }
        layer.biases().set(0, j, b);
    }

    /**
     * Four lines in general position whose six crossings all lie inside [-1, 1]^2: then every one of the
     * arrangement's 1 + 4 + C(4, 2) = 11 regions reaches into the box (each face of an arrangement touches a box
     * that holds all its vertices), and every one is wide enough for a 400-cell grid to see.
     */
    @Test
    void fourLinesInGeneralPositionMakeElevenRegionsOfTheBox() {
        Network net = network(1, 4);
        DenseLayer layer = net.layers().get(0);
        // x = 0.1, y = -0.2, x + y = 0.3, x - 2y = 0.25: no two parallel, no three through one point.
        unit(layer, 0, -0.1, 1, 0);
        unit(layer, 1, 0.2, 0, 1);
        unit(layer, 2, -0.3, 1, 1);
        unit(layer, 3, -0.25, 1, -2);
        ActivationRegions regions = new ActivationRegions(net);
        assertEquals(11, regions.onGrid(new double[] {-1, 1}, new double[] {-1, 1}, 400).regions());
        // A segment crossing all four lines, at four distinct points, passes through 5 regions.
        assertEquals(5, regions.alongSegment(new double[] {-1, -0.9}, new double[] {1, 0.95}));
        assertEquals(5, regions.sampledAlong(new double[] {-1, -0.9}, new double[] {1, 0.95}, 400));
    }

    /**
     * The tent map t(x) = 2 relu(x) - 4 relu(x - 1/2) on [0, 1], composed L times by L layers of 2 units, has
     * 2^L linear pieces (Telgarsky 2016): the exponential in depth that Montufar et al.'s bound rests on. Along the
     * x axis the units switch at every multiple of 2^-L, so exactly 2^L regions are crossed.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void composedTentMapsDoubleTheRegionsWithEveryLayer(int depth) {
        Network net = network(depth, 2);
        unit(net.layers().get(0), 0, 0, 1, 0);
        unit(net.layers().get(0), 1, -0.5, 1, 0);
        for (int l = 1; l < depth; l++) {
            // The layer's input is (relu(u), relu(u - 1/2)) of the last; t = 2 a - 4 b is the tent of it.
            unit(net.layers().get(l), 0, 0, 2, -4);
            unit(net.layers().get(l), 1, -0.5, 2, -4);
        }
        ActivationRegions regions = new ActivationRegions(net);
        int pieces = 1 << depth;
        assertEquals(pieces, regions.alongSegment(new double[] {1e-3, 0}, new double[] {1 - 1e-3, 0}));
        // A grid of 400 columns sees every strip 1/2^L wide down to 8 layers (1.6 cells a strip). Its range is off
        // the dyadic points: a cell centre exactly where a tent touches 0 (x = 1/32 of a grid on [0, 1]) would have
        // a unit at net 0, off, a pattern of its own on a set of measure zero.
        assertEquals(pieces, regions.onGrid(new double[] {1e-4, 1 - 1e-4}, new double[] {-1, 1}, 400).regions());
        assertTrue(regions.sampledAlong(new double[] {1e-3, 0}, new double[] {1 - 1e-3, 0}, 50) <= pieces);
    }

    @Test
    void theGridNumbersEachCellByItsRegionInTheOrderMet() {
        Network net = network(1, 1);
        unit(net.layers().get(0), 0, 0, 1, 0);
        ActivationRegions.GridCount count = new ActivationRegions(net).onGrid(new double[] {-1, 1},
                new double[] {-1, 1}, 4);
        assertEquals(2, count.regions());
        // Each row from the left: x < 0 is off (met first, region 0), x > 0 on.
        assertEquals(java.util.List.of(0, 0, 1, 1), java.util.Arrays.stream(count.cells()).limit(4).boxed().toList());
    }
}
