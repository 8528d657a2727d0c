package org.backproplab.experiments.study;

import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.backproplab.datasets.DataSource;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.RunMemory;
import org.backproplab.experiments.execution.SweepRunner;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.DataSettings;
import org.backproplab.experiments.grid.Defaults;
import org.backproplab.experiments.grid.Grid;
import org.backproplab.experiments.grid.GridSettings;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.recipe.DataRecipe;
import org.backproplab.experiments.training.Probe;
import org.backproplab.experiments.training.RunResult;

/**
 * A training sweep, declared: its name, the default value of every {@link Axis}, which axes its figures can show
 * several values of, its quick version, and what it writes. Running it is the same for every sweep: read the grid
 * (defaults, then the user's overrides, every axis the same way), train every run in parallel, each saved as it
 * finishes, then hand the results to its outputs.
 *
 * <pre>{@code
 * Sweep.named("lr-sweep", "learning rates 1e-4 to 10 x sigmoid, tanh, ReLU")
 *         .with(Axis.LR, "1e-4..10/2").with(Axis.DEPTHS, "3").epochs(20)
 *         .swept(Axis.ACTIVATIONS, Axis.LR).quick("seeds", "1", "epochs", "2")
 *         .report(LrSweep.REPORT);
 * }</pre>
 */
public record Sweep(String name, String description, Map<Axis, String> defaults, Set<Axis> swept, int minSeeds,
        ToIntFunction<DataSource> epochsFor, Map<String, String> quickSettings, List<Probe> probes, Outputs outputs)
        implements Experiment {

    /** What a sweep writes from its finished runs: CSV tables, figures, its report. */
    @FunctionalInterface
    public interface Outputs {
        void write(RunContext ctx, Grid grid, TrainingData data, List<RunResult> results) throws IOException;
    }

    public Sweep {
        defaults = new EnumMap<>(defaults);
        swept = swept.isEmpty() ? EnumSet.noneOf(Axis.class) : EnumSet.copyOf(swept);
        quickSettings = Map.copyOf(quickSettings);
        probes = List.copyOf(probes);
    }

    /**
     * A sweep with the common defaults: sigmoid, tanh and ReLU on digits, 3 hidden layers of 32 units, each
     * activation's own learning rate and initialization, SGD with batches of 32, 20 epochs, 3 seeds; it sweeps
     * the activations only, until {@link #swept} says otherwise.
     */
    public static Sweep named(String name, String description) {
        Map<Axis, String> d = new EnumMap<>(Axis.class);
        d.put(Axis.DATASET, "digits");
        d.put(Axis.ACTIVATIONS, "sigmoid,tanh,relu");
        d.put(Axis.DEPTHS, "3");
        d.put(Axis.WIDTH, "32");
        d.put(Axis.LR, Grid.AUTO);
        d.put(Axis.BATCH, "32");
        d.put(Axis.INIT, Grid.AUTO);
        d.put(Axis.OPTIMIZER, "sgd");
        d.put(Axis.NORM, "none");
        d.put(Axis.RESIDUAL, "0");
        d.put(Axis.LOSS, RunSpec.CLASSIFIER_LOSS.name());
        d.put(Axis.SEEDS, "3");
        d.put(Axis.EPOCHS, "20");
        return new Sweep(name, description, d, EnumSet.of(Axis.ACTIVATIONS), 1, data -> 20, Map.of(), List.of(), null);
    }


    /** This sweep with {@code axis} defaulting to {@code value}, written as a user would type it. */
    public Sweep with(Axis axis, String value) {
        Map<Axis, String> d = new EnumMap<>(defaults);
        d.put(axis, value);
        return new Sweep(name, description, d, swept, minSeeds, epochsFor, quickSettings, probes, outputs);
    }

    public Sweep epochs(int epochs) {
        return with(Axis.EPOCHS, Integer.toString(epochs)).epochs(data -> epochs);
    }

    /** A default epoch count that depends on the data set chosen. */
    public Sweep epochs(ToIntFunction<DataSource> perDataset) {
        return new Sweep(name, description, defaults, swept, minSeeds, perDataset, quickSettings, probes, outputs);
    }

    public Sweep seeds(int seeds, int atLeast) {
        return new Sweep(name, description, with(Axis.SEEDS, Integer.toString(seeds)).defaults, swept, atLeast,
                epochsFor, quickSettings, probes, outputs);
    }

    /** The axes that may hold several values: those this sweep's figures and tables tell apart. */
    public Sweep swept(Axis... axes) {
        return new Sweep(name, description, defaults, Set.of(axes), minSeeds, epochsFor, quickSettings, probes, outputs);
    }

    /** The quick version's settings, as name, value pairs. */
    public Sweep quick(String... nameValue) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            q.put(nameValue[i], nameValue[i + 1]);
        }
        return new Sweep(name, description, defaults, swept, minSeeds, epochsFor, q, probes, outputs);
    }

    /** What its figures need measured on the live networks, beyond every epoch's record. */
    public Sweep probes(Probe... measured) {
        return new Sweep(name, description, defaults, swept, minSeeds, epochsFor, quickSettings, List.of(measured),
                outputs);
    }

    /** Its tables, figures and report, declared: the shared code writes them from the finished runs. */
    public Sweep report(Report<Cells> report) {
        return report(report, cells -> List.of());
    }

    /**
     * As {@link #report(Report)}, with columns of its own after summary.csv's standard ones, computed from all
     * the cells (a test against a baseline needs every cell, and its column is named after the baseline).
     */
    public Sweep report(Report<Cells> report, Function<Cells, List<Column>> summaryColumns) {
        return outputs((ctx, grid, data, results) -> {
            Cells cells = Cells.of(grid, data, results);
            Tables.writeRuns(ctx.file(Tables.RUNS), cells);
            Tables.writeSummary(ctx.file(Tables.SUMMARY), cells, summaryColumns.apply(cells));
            report.write(ctx, cells);
        });
    }

    /** Writes what this sweep writes of {@code cells}' runs: what a test of its outputs calls. */
    public void write(RunContext ctx, Cells cells) throws IOException {
        outputs.write(ctx, cells.grid(), cells.data(), cells.runs());
    }

    public Sweep outputs(Outputs write) {
        return new Sweep(name, description, defaults, swept, minSeeds, epochsFor, quickSettings, probes, write);
    }

    /** The grid these settings ask for; a bad value is one {@link UserInputException} naming it. */
    public Grid grid(Settings s) {
        return GridSettings.read(s, name, defaults, swept, minSeeds, epochsFor, Defaults.SPLIT_SEED);
    }

    /**
     * A sweep's grid and its data, read and loaded: what {@link #configure} runs, and what a study of several
     * sweeps (each with its own data) trains one after the other into one report.
     */
    public record Prepared(Sweep sweep, Grid grid, TrainingData data) {
        /** Trains every run (those a resumed attempt saved are read back) and groups them into cells. */
        public Cells train(RunContext ctx) throws Exception {
            return Cells.of(grid, data, sweep.train(grid, data, ctx, List.of()));
        }

        /** The data, as the recipe records it. */
        public DataRecipe dataRecipe() {
            return new DataRecipe(data.description(), data.fingerprint(), Defaults.SPLIT_SEED, Defaults.TEST_FRACTION);
        }
    }

    /** Reads the grid and loads its data; a bad value or a data file that cannot be used is one line, here. */
    public Prepared prepare(Settings settings) {
        Grid grid = grid(settings);
        TrainingData data = DataSettings.load(settings, grid.dataset(), Defaults.SPLIT_SEED);
        // A budget is met on this data's inputs and outputs, so it can be checked only once the data is loaded.
        GridSettings.checkBudgets(settings, grid, data);
        for (Probe p : probes) {
            Probe.Refusal r = p.refuses(grid, data);
            if (r != null) {
                throw new UserInputException(settings.where(r.setting(), settings.resolved().get(r.setting())) + ": "
                        + r.why());
            }
        }
        return new Prepared(this, grid, data);
    }

    /**
     * Reads the grid and loads its data: a bad value or a data file that cannot be used is refused before any file
     * is touched.
     */
    @Override
    public Configured configure(Settings settings) {
        Prepared prepared = prepare(settings);
        Grid grid = prepared.grid();
        TrainingData data = prepared.data();
        boolean trace = settings.bool(TracedRuns.SETTING, false);
        if (trace) {
            TracedRuns.check(grid, data);
        }
        return new Configured() {
            @Override
            public void run(RunContext ctx) throws Exception {
                List<RunResult> results = train(grid, data, ctx, trace ? List.of(TracedRuns.PROBE) : List.of());
                outputs.write(ctx, grid, data, results);
                if (trace) {
                    TracedRuns.write(ctx, grid, data, results);
                }
            }

            @Override
            public Map<String, String> recipe() {
                return Map.of("data.sha256", data.fingerprint());
            }

            @Override
            public Map<String, String> resolved() {
                return resolvedSettings(grid);
            }

            @Override
            public List<RunSpec> runs() {
                return grid.runs(data);
            }

            @Override
            public DataRecipe data() {
                return prepared.dataRecipe();
            }
        };
    }

    /**
     * What {@code auto} and an unset epoch count became: each activation's rate and initializer by name, so the
     * recipe records what ran ("sigmoid 0.5, tanh 0.1, relu 0.05"), not the word that chose it.
     */
    public static Map<String, String> resolvedSettings(Grid grid) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(Axis.EPOCHS.setting(), Integer.toString(grid.epochs()));
        if (!grid.budgets().isEmpty() || !grid.units().isEmpty()) {
            // The width was solved per depth: what ran is each run's width, not the default nobody used.
            out.put(Axis.WIDTH.setting(), "solved per depth from the " + (grid.budgets().isEmpty() ? "units"
                    : "budget") + " (each run's width in runs.csv and manifest.json)");
        }
        if (grid.learningRates().isEmpty()) {
            out.put(Axis.LR.setting(), grid.learningRateText());
        }
        if (grid.inits().contains(Grid.AUTO)) {
            out.put(Axis.INIT.setting(), String.join(", ", grid.inits().stream().map(i -> !i.equals(Grid.AUTO) ? i
                    : "matched (" + String.join(", ", grid.activations().stream().map(a -> a.name() + " "
                            + Defaults.initializer(a).name()).toList()) + ")").toList()));
        }
        return out;
    }

    /** Trains every run, with this sweep's probes and {@code extra} (a step trace) on every run they measure. */
    private List<RunResult> train(Grid grid, TrainingData data, RunContext ctx, List<Probe> extra) throws Exception {
        List<RunSpec> runs = grid.runs(data);
        RunMemory.check(runs, data, ctx.threads(), Runtime.getRuntime().maxMemory());
        ctx.console().printf("%s: %d runs (%s x %s), %s each, %s; data: %s, %d train / %d test%n", name,
                runs.size(), grid.varying().isEmpty() ? "one network"
                        : String.join(" x ", grid.varying().stream().map(Axis::setting).toList()),
                Counts.seeds(grid.seeds()), Counts.epochs(grid.epochs()), ctx.runner().where(ctx.threads()), data.description(),
                data.trainX().rows(), data.testX().rows());
        return SweepRunner.run(runs,
                spec -> java.util.stream.Stream.concat(probes.stream(), extra.stream())
                        .filter(p -> p.measures(spec, grid, data)).toList(), ctx.runner(), data,
                ctx.threads(), ctx.console(), ctx.store(), grid.varying());
    }
}
