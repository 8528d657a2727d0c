package org.backproplab.experiments;

import java.util.List;
import java.util.Optional;
import org.backproplab.datasets.Datasets;
import org.backproplab.engine.activation.Activation;
import org.backproplab.experiments.activationfamilies.ActivationFamilies;
import org.backproplab.experiments.backproptrace.BackpropTrace;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.degradation.DegradationStudy;
import org.backproplab.experiments.depthbudget.DepthBudget;
import org.backproplab.experiments.depthsweep.DepthSweep;
import org.backproplab.experiments.dl4jparity.Dl4jParity;
import org.backproplab.experiments.exercise.Exercise;
import org.backproplab.experiments.gradientcheck.GradientCheckExperiment;
import org.backproplab.experiments.initsweep.InitSweepStudy;
import org.backproplab.experiments.linearregions.LinearRegions;
import org.backproplab.experiments.lrsweep.LrSweep;
import org.backproplab.experiments.relufamily.ReluFamily;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.vanishinggradient.VanishingGradientStudy;
import org.backproplab.experiments.xor.XorLearning;

/** Every experiment there is, in the order the list shows them. */
public final class Experiments {
    private Experiments() {
    }

    /** The write-up, which runs the studies above through {@link Main}. */
    private static final Experiment EXERCISE = new Exercise(Main.studies());

    public static List<Experiment> all() {
        return List.of(DepthSweep.SWEEP, new BackpropTrace(), new GradientCheckExperiment(), new Dl4jParity(),
                VanishingGradientStudy.STUDY, new XorLearning(), LrSweep.SWEEP, InitSweepStudy.STUDY, ReluFamily.SWEEP,
                ActivationFamilies.SWEEP, DegradationStudy.STUDY, DepthBudget.STUDY, LinearRegions.SWEEP, EXERCISE);
    }

    public static Optional<Experiment> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** "did you mean 'depth-sweep'? " for a near miss of an experiment's name, else "". */
    static String suggestion(String name) {
        String best = null;
        // Up to 3 edits, fewer for a short name: 3 edits turn "." or "src" into "xor", which is no near miss.
        int distance = Math.max(1, Math.min(3, name.length() / 3)) + 1;
        for (Experiment e : all()) {
            int d = Settings.editDistance(name.toLowerCase(java.util.Locale.ROOT), e.name());
            if (d < distance) {
                distance = d;
                best = e.name();
            }
        }
        return best == null ? "" : "did you mean '" + best + "'? ";
    }

    /** The list printed by {@code -Dexp=list}: one line per experiment, then one per data set. */
    public static String listing() {
        StringBuilder sb = new StringBuilder("Experiments (run one with mvn -pl experiments exec:java -Dexp=NAME, or experiments/run NAME):\n");
        for (Experiment e : all()) {
            sb.append(String.format("  %-20s %s%n", e.name(), e.description()));
        }
        sb.append("  path/to/sweep.yaml   your own sweep: any grid of the axes above, see "
                + "experiments/sweeps/example-sweep.yaml\n");
        sb.append("\nActivations (-Dactivations=a,b,...): ").append(String.join(", ",
                Activation.all().stream().map(Activation::name).toList())).append('\n');
        sb.append("\nData sets (choose one with -Ddataset=NAME):\n").append(Datasets.listing());
        return sb.toString();
    }
}
