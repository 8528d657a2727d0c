package org.backproplab.experiments.study;

import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.recipe.DataRecipe;

/**
 * One runnable study. A training sweep is declared as a {@link Sweep} (a few lines: its axes' defaults, what it
 * sweeps, its outputs); a study that is not a grid of training runs (a gradient check, a trace) implements this
 * directly. Either way it is one line in {@link Experiments}.
 *
 * <p>Calling order: {@link Main} first calls {@link #configure} (which reads and validates every user setting, so
 * that a typo fails before any work or any file is touched), then {@link Configured#run} with a fresh output
 * folder that replaces the experiment's previous results only when the run has succeeded.
 */
public interface Experiment {

    /** The name given as {@code -Dexp=NAME}: lower case, words joined by '-'. */
    String name();

    /** One line for the experiment list. */
    String description();

    /**
     * The settings of this experiment's quick version ({@code -Dquick=true}): small enough to finish in seconds,
     * for CI and a first look. They stand in for the defaults; a setting the user gives still wins.
     */
    default java.util.Map<String, String> quickSettings() {
        return java.util.Map.of();
    }

    /** Reads this experiment's settings; throws {@link UserInputException} naming the first bad one. */
    Configured configure(Settings settings);

    /** An experiment with validated settings, ready to run. */
    interface Configured {
        void run(RunContext context) throws Exception;

        /**
         * What decides the numbers beyond the settings as typed, resolved when the settings were read (for a
         * sweep: a fingerprint of the data's content, so that a resume after the data file changed is refused).
         * Recorded with the parameters in the plan a resume checks and in manifest.json.
         */
        default java.util.Map<String, String> recipe() {
            return java.util.Map.of();
        }

        /**
         * The settings whose value as typed is not what ran, with what ran: {@code lr=auto} becomes each
         * activation's rate, {@code init=auto} each one's initializer. They replace the typed values in the recipe.
         */
        default java.util.Map<String, String> resolved() {
            return java.util.Map.of();
        }

        /** Every run it trains, resolved; empty for an experiment that trains no grid. */
        default java.util.List<org.backproplab.experiments.grid.RunSpec> runs() {
            return java.util.List.of();
        }

        /** The data its runs train on, or null. */
        default DataRecipe data() {
            return null;
        }
    }
}
