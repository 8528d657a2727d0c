package org.backproplab.experiments.execution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.backproplab.experiments.grid.Axis;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.grid.TrainingData;
import org.backproplab.experiments.training.EpochRecord;
import org.backproplab.experiments.training.Probe;
import org.backproplab.experiments.training.RunResult;

/**
 * Runs many independent training runs with a {@link Runner} (this machine's threads, one run per thread at a time,
 * unless {@code -Drunner} names another), saves each as it finishes ({@link RunStore}) and shows progress
 * ({@link Progress}: a bar in a terminal, a line per run in a log). Runs the store already holds (from an interrupted attempt) are taken from it, not trained again. Results
 * come back in the order of the specs, whatever order they finish in, and each run is single-threaded and
 * seeded: the numbers do not depend on the thread count, nor on whether the sweep was resumed.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /**
     * @param swept the grid's varying axes: each progress line names the run by them, so that two lines of a rate
     *              or a width sweep never read the same
     */
    public static List<RunResult> run(List<RunSpec> specs, TrainingData data, int threads, PrintStream progress,
            RunStore store, List<Axis> swept) throws Exception {
        return run(specs, spec -> List.of(), new LocalRunner(), data, threads, progress, store, swept);
    }

    /**
     * As above, each run measured by the probes {@code probes} gives it (saved with it, and asked of a saved run),
     * the missing runs trained by {@code runner}.
     */
    public static List<RunResult> run(List<RunSpec> specs, Function<RunSpec, List<Probe>> probes, Runner runner,
            TrainingData data, int threads, PrintStream progress, RunStore store, List<Axis> swept) throws Exception {
        List<Optional<RunResult>> saved = specs.stream().map(s -> store.load(s, probes.apply(s))).toList();
        List<RunSpec> todo = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (saved.get(i).isEmpty()) {
                todo.add(specs.get(i));
            }
        }
        int rejected = store.rejected();
        if (todo.size() < specs.size() || rejected > 0) {
            progress.printf("resuming: %d of %d runs were finished before and are kept; %s%d to go%n",
                    specs.size() - todo.size(), specs.size(), rejected == 0 ? "" : rejected + " saved run"
                            + (rejected == 1 ? " was" : "s were") + " incomplete or unreadable and "
                            + (rejected == 1 ? "is" : "are") + " trained again; ", todo.size());
        }
        Progress bar = Progress.to(progress, todo.size(),
                todo.stream().mapToDouble(s -> s.work(data.inputs(), data.classes())).sum(), "runs");
        List<Job> jobs = todo.stream().map(s -> new Job(s, probes.apply(s))).toList();
        List<RunResult> fresh = runner.train(jobs, data, threads, store, (job, r) -> {
            RunSpec spec = job.spec();
            EpochRecord last = r.last();
            String outcome = r.diverged() ? "DIVERGED at epoch " + r.divergedAt()
                    : String.format("test accuracy %.3f, train loss %.4f", last.testAccuracy(), last.trainLoss());
            bar.done(spec.work(data.inputs(), data.classes()), String.format("%s: %s (%.1f s)", spec.label(swept),
                    outcome, r.millis() / 1000.0));
        });
        List<RunResult> results = new ArrayList<>(specs.size());
        int next = 0;
        for (Optional<RunResult> s : saved) {
            results.add(s.isPresent() ? s.get() : fresh.get(next++));
        }
        return results;
    }
}
