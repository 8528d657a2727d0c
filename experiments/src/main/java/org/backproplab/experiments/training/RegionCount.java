package org.backproplab.experiments.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.activation.ReLU;
import org.backproplab.engine.network.Network;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;

/**
 * The linear regions of a ReLU network of two inputs ({@link ActivationRegions}), at initialization and after its
 * last epoch, over the plane around the training points ({@code margin} of their range more on each side):
 * {@code "grid"}, the distinct activation patterns at the centres of a {@code resolution x resolution} grid
 * (a lower bound), and along {@link #LINES} segments across that plane, {@code "exact"} (every crossing solved
 * for) and {@code "sampled"} (the patterns at {@code resolution} points of each, what the grid's spacing sees).
 * Each is {@code {at initialization, after training}}, the line counts one column per segment. With
 * {@code maps}, also each cell's region at both times ({@code "map-init"}, {@code "map-trained"}, a row of the
 * grid per array row), for the figure of the plane coloured by region; {@code "range"} is the plane.
 */
public record RegionCount(int resolution, boolean maps, Which which, double margin) implements Probe {
    public static final String GRID = "grid";
    public static final String EXACT = "exact";
    public static final String SAMPLED = "sampled";
    public static final String RANGE = "range";
    public static final String MAP_INIT = "map-init";
    public static final String MAP_TRAINED = "map-trained";

    /** The segments counted exactly, as fractions of the plane: both diagonals and both midlines. */
    public static final double[][][] LINES = {{{0, 0}, {1, 1}}, {{0, 1}, {1, 0}}, {{0, 0.5}, {1, 0.5}},
            {{0.5, 0}, {0.5, 1}}};

    public RegionCount {
        if (resolution < 2 || resolution > 2000) {
            throw new IllegalArgumentException("resolution must be in [2, 2000], got " + resolution);
        }
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite number >= 0, got " + margin);
        }
    }

    @Override
    public String name() {
        return (maps ? "region-map-" : "region-count-") + resolution + "-margin-" + margin;
    }

    @Override
    public boolean fits(TrainingData data) {
        return data.inputs() == 2;
    }

    /** ReLU networks only: the regions of a smooth activation's network are not pieces of an affine map. */
    @Override
    public boolean measures(RunSpec spec, Grid grid, TrainingData data) {
        return fits(data) && spec.hidden() instanceof ReLU && which.test(spec, grid);
    }

    /** A study of regions measures every run: other data or activations are refused before training. */
    @Override
    public Refusal refuses(Grid grid, TrainingData data) {
        if (!fits(data)) {
            return new Refusal("dataset", "linear regions are counted in the plane; expected a data set of 2 inputs "
                    + "(checkerboard, spirals, circles, moons, xor, or a CSV file of two features), got "
                    + data.inputs());
        }
        List<String> other = grid.activations().stream().filter(a -> !(a instanceof ReLU)).map(a -> a.name())
                .toList();
        if (!other.isEmpty()) {
            return new Refusal("activations", "the regions of " + String.join(", ", other) + " networks are not "
                    + "pieces of one affine map each; expected relu");
        }
        return null;
    }

    @Override
    public Recorder start(Network network, RunSpec spec, TrainingData data) {
        double[][] range = DecisionGrid.planeAround(data.trainX(), margin);
        return new Recorder() {
            private final double[][] grid = new double[1][2];
            private final double[][] exact = new double[2][LINES.length];
            private final double[][] sampled = new double[2][LINES.length];
            private double[][] mapInit;
            private double[][] mapTrained;

            @Override
            public void epoch(int epoch, boolean last) {
                if (epoch == 0 && !last) {
                    mapInit = measure(0);
                } else if (last) {
                    if (epoch == 0) {
                        mapInit = measure(0);
                    }
                    mapTrained = measure(1);
                }
            }

            /** Counts the regions now into column (or row) {@code when}; the cells' regions if maps are kept. */
            private double[][] measure(int when) {
                ActivationRegions regions = new ActivationRegions(network);
                ActivationRegions.GridCount count = regions.onGrid(range[0], range[1], resolution);
                grid[0][when] = count.regions();
                for (int k = 0; k < LINES.length; k++) {
                    double[] a = at(LINES[k][0]);
                    double[] b = at(LINES[k][1]);
                    exact[when][k] = regions.alongSegment(a, b);
                    sampled[when][k] = regions.sampledAlong(a, b, resolution);
                }
                if (!maps) {
                    return null;
                }
                double[][] cells = new double[resolution][resolution];
                for (int j = 0; j < resolution; j++) {
                    for (int i = 0; i < resolution; i++) {
                        cells[j][i] = count.cells()[j * resolution + i];
                    }
                }
                return cells;
            }

            private double[] at(double[] fraction) {
                return new double[] {range[0][0] + fraction[0] * (range[0][1] - range[0][0]),
                        range[1][0] + fraction[1] * (range[1][1] - range[1][0])};
            }

            @Override
            public Measurements result() {
                Map<String, double[][]> m = new LinkedHashMap<>();
                m.put(RANGE, range);
                m.put(GRID, grid);
                m.put(EXACT, exact);
                m.put(SAMPLED, sampled);
                if (maps) {
                    m.put(MAP_INIT, mapInit);
                    m.put(MAP_TRAINED, mapTrained);
                }
                return new Measurements(m);
            }
        };
    }

    @Override
    public boolean complete(Measurements saved, RunSpec spec, int epochs) {
        return saved.has(List.of(RANGE), 2) && saved.has(List.of(GRID), 1) && saved.has(List.of(EXACT, SAMPLED), 2)
                && (!maps || saved.has(List.of(MAP_INIT, MAP_TRAINED), resolution));
    }
}
