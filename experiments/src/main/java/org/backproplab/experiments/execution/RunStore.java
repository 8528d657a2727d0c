package org.backproplab.experiments.execution;

import org.backproplab.engine.network.Normalization;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Measurements;
import org.backproplab.experiments.training.Probe;
import org.backproplab.experiments.training.RunResult;

/**
 * Every finished run, saved at once as one small JSON file, so that an interrupted sweep (Ctrl-C, a kill, a crash)
 * loses only the runs in flight and {@code -Dresume=true} takes up the rest. A file is written beside its final
 * name and moved into place atomically: a run's file is either whole or absent, never half-written.
 *
 * <p>Doubles survive the round trip exactly (Jackson writes the shortest text that reads back to the same bits),
 * so a resumed sweep gives the same numbers as an uninterrupted one.
 */
public final class RunStore {
    /** The hidden folder of saved runs inside an output folder; removed when the results are published. */
    public static final String FOLDER = ".runs";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunFiles files;
    private final java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();

    public RunStore(Path folder) {
        this(new LocalRunFiles(folder));
    }

    /** A store whose files are kept by {@code files}: on this machine, or where a cluster's executors write. */
    public RunStore(RunFiles files) {
        this.files = files;
    }

    /** Where the runs are kept, for messages. */
    public String where() {
        return files.where();
    }

    /**
     * What is saved of a run: the spec is known from the file's name, which is its {@link #key}; each probe's
     * measurements by the probe's name, in {@link Measurements#encoded} form.
     */
    record Saved(String run, long millis, int divergedAt, List<EpochRecord> epochs,
            Map<String, Map<String, List<String>>> probes) {
    }

    /** The run's file name: every field of the spec, so that a changed spec never picks up an old result. */
    public static String key(RunSpec s) {
        String text = String.format(Locale.ROOT, "%s_d%d_w%d_lr%s_b%d_%s_%s_e%d_s%d_%s_%d_%s%s", s.hidden().name(),
                s.depth(), s.width(), Double.toString(s.learningRate()), s.batchSize(), s.initializer().name(),
                s.optimizer().name(), s.epochs(), s.seed(), s.data().dataset(), s.data().splitSeed(),
                Double.toString(s.data().testFraction()),
                // The classifiers' loss, named by none of their files (so that runs saved before it was a field
                // still resume); any other loss is part of the name.
                s.loss().equals(RunSpec.CLASSIFIER_LOSS) ? "" : "_" + s.loss().name())
                // likewise a plain network's, so that runs saved before normalization and shortcuts still resume
                + (s.norm().equals(Normalization.none()) ? "" : "_norm-" + s.norm().name())
                + (s.residual() == 0 ? "" : "_res" + s.residual());
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The run's saved result, if an earlier (interrupted) attempt finished it. A saved file is checked as strictly
     * as a user's file ({@link #complete}): one that does not parse, or parses into less than a whole run (an
     * edited or truncated file, {@code {}}, {@code "epochs": []}), is not used; the run is trained again and
     * {@link #rejected} counts it.
     */
    public Optional<RunResult> load(RunSpec spec) {
        return load(spec, List.of());
    }

    /**
     * As {@link #load(RunSpec)}, for a run measured by {@code probes}: a saved run that lacks one of them (saved by
     * a study that did not declare it) is trained again, and counted as rejected.
     */
    public Optional<RunResult> load(RunSpec spec, List<Probe> probes) {
        try {
            Optional<byte[]> bytes = files.read(key(spec) + ".json");
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            Saved saved = JSON.readValue(bytes.get(), Saved.class);
            if (complete(spec, saved)) {
                Map<String, Measurements> measured = new LinkedHashMap<>();
                if (saved.probes() != null) {
                    saved.probes().forEach((name, m) -> measured.put(name, Measurements.decode(m)));
                }
                if (probes.stream().allMatch(p -> measured.containsKey(p.name())
                        && p.complete(measured.get(p.name()), spec, saved.epochs().size()))) {
                    return Optional.of(new RunResult(spec, saved.epochs(), saved.millis(), saved.divergedAt(),
                            measured));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a run this class wrote whole: trained again, below.
        }
        rejected.incrementAndGet();
        return Optional.empty();
    }

    /** How many saved files {@link #load} found but could not use. */
    public int rejected() {
        return rejected.get();
    }

    /**
     * Whether {@code saved} is the whole of a run of {@code spec}: its name, one record per epoch from 0 (to the
     * last epoch, or to the one where it diverged, whose loss is then not finite), each with a gradient norm per
     * layer.
     */
    static boolean complete(RunSpec spec, Saved saved) {
        if (!key(spec).equals(saved.run()) || saved.epochs() == null || saved.millis() < 0) {
            return false;
        }
        boolean diverged = saved.divergedAt() >= 0;
        if (saved.divergedAt() < -1 || saved.divergedAt() == 0 || saved.divergedAt() > spec.epochs()) {
            return false;
        }
        int expected = diverged ? saved.divergedAt() + 1 : spec.epochs() + 1;
        if (saved.epochs().size() != expected) {
            return false;
        }
        for (int e = 0; e < expected; e++) {
            EpochRecord r = saved.epochs().get(e);
            if (r == null || r.epoch() != e || r.layerGradients().length != spec.depth() + 1) {
                return false;
            }
        }
        return diverged != Double.isFinite(saved.epochs().get(expected - 1).trainLoss());
    }

    /** Saves a finished run; called from the worker thread that ran it. */
    public void save(RunResult result) {
        try {
            String key = key(result.spec());
            // By name: a run's probes are an unordered map whose order changes from JVM to JVM, and a run saved
            // twice (a cluster task retried, a driver and an executor) must be the same bytes.
            Map<String, Map<String, List<String>>> probes = new java.util.TreeMap<>();
            result.probes().forEach((name, m) -> probes.put(name, m.encoded()));
            files.write(key + ".json", JSON.writeValueAsBytes(new Saved(key, result.millis(),
                    result.divergedAt(), result.epochs(), probes)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save run " + result.spec().label().strip() + " in "
                    + files.where() + " (" + e.getMessage() + ")", e);
        }
    }

    /** How many runs are saved. */
    public int count() {
        return files.count();
    }
}
