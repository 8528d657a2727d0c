package org.backproplab.experiments.exercise;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.study.Part.Copy;
import org.backproplab.experiments.study.Report;

/**
 * The write-up, declared: the exercise's four items in its order, each with the question as the seed asks it, the
 * answer computed from the studies' numbers, the figures and the table behind it, how it was tested, and where its
 * numbers come from; the seeds' figure check as an appendix.
 */
final class ExerciseReport {
    static final Report<ExerciseResults> REPORT = Report.<ExerciseResults>titled("The exercise: back-propagation, "
            + "activations and depth")
            .text(ExerciseReport::intro)
            .heading("1. Activation functions: sigmoid, tanh, ReLU and the vanishing gradient")
            .text(q("Implement DNNs with sigmoid, tanh and ReLU activation functions. Show that ReLU fixes the "
                    + "vanishing gradient problem experienced by the previous two. Provide precise and to the point "
                    + "explanation."))
            .bullets(VanishingAnswer::answer)
            .figure("gradient-factor-measured-vs-predicted.png", "The gradient's change per layer at "
                    + "initialization: measured against mean-field theory, one point per (activation, "
                    + "initialization)", VanishingAnswer::figure)
            .text(r -> VanishingAnswer.pairs(r).isEmpty() ? null
                    : "**Table 1.** Which (activation, initialization) pairs vanish, measured.")
            .table(null, VanishingAnswer.header(),
                    VanishingAnswer::table)
            .text(VanishingAnswer::statistics)
            .csv("vanishing-pairs.csv", VanishingAnswer.CSV_HEADER, VanishingAnswer::csv)
            .copies(r -> copies(r, VanishingAnswer.DEPTH_SWEEP, "test-accuracy-vs-depth.png",
                    "Test accuracy against depth, each activation at its matched initialization (depth-sweep)"))
            .copies(r -> copies(r, VanishingAnswer.INIT_SWEEP, List.of("accuracy-vs-depth-sigmoid.png",
                    "accuracy-vs-depth-tanh.png", "accuracy-vs-depth-relu.png"), "Test accuracy against depth "
                    + "under each initialization (init-sweep)"))
            .copies(r -> copies(r, VanishingAnswer.VANISHING, "gradient-by-layer-at-init.png", "Each hidden "
                    + "layer's gradient at initialization in one 4-layer network (vanishing-gradient)"))
            .text(r -> sources(r, VanishingAnswer.DEPTH_SWEEP, VanishingAnswer.INIT_SWEEP, VanishingAnswer.VANISHING))
            .heading("2. Activation functions: the ReLU family compared")
            .text(q("Compare the performance difference in using the various ReLU families."))
            .bullets(ReluFamilyAnswer::answer)
            .text("**Table 2.** The ReLU family in two settings.")
            .table(null, ReluFamilyAnswer::header, ReluFamilyAnswer::table)
            .csv("relu-family.csv", ReluFamilyAnswer.CSV_HEADER, ReluFamilyAnswer::csv)
            .text("How it is tested: a paired t-test of each member against ReLU on the same seeds (the same "
                    + "initial-weight seed and batch order), Holm-corrected over the nine comparisons (* where the "
                    + "corrected p is below 0.05); the 95% intervals of accuracy are over the seeds and the test "
                    + "items, inside [0, 1]. The predicted change over the depth is mean-field theory's factor per "
                    + "layer (item 1) to the power of the depth, with each member's matched initialization.")
            .copies(r -> copies(r, ReluFamilyAnswer.SHALLOW, "accuracy-boxes.png", "Test accuracy of each member "
                    + "across the seeds, the first setting"))
            .copies(r -> copies(r, ReluFamilyAnswer.DEEP, "accuracy-boxes.png", "Test accuracy of each member "
                    + "across the seeds, at 20 hidden layers"))
            .text(r -> sources(r, ReluFamilyAnswer.SHALLOW, ReluFamilyAnswer.DEEP))
            .heading("3. Depth: the role of depth, with plots")
            .text(q("Appreciate the role of depth by trying different depth implementations of artificial neural "
                    + "networks. Use plots to support your argument. Test accuracies or loss could be plotted "
                    + "against depth."))
            .bullets(DepthAnswer::answer)
            .text("**Table 3.** Test accuracy against depth, mean and 95% interval over the seeds (depth-sweep).")
            .table(null, DepthAnswer::header, DepthAnswer::rows)
            .copies(r -> copies(r, VanishingAnswer.DEPTH_SWEEP, "train-loss-vs-depth.png", "Final training loss "
                    + "against depth (depth-sweep)"))
            .copies(r -> copies(r, DepthAnswer.BUDGET, List.of("checkerboard-test-accuracy-vs-depth.png",
                    "checkerboard-boundaries.png", "grid-test-accuracy-vs-depth.png"), "At an equal parameter "
                    + "budget (depth-budget)"))
            .copies(r -> copies(r, DepthAnswer.DEGRADATION, List.of("lowest-train-loss-relu.png",
                    "test-accuracy-relu.png"), "Plain, residual, batch-normalized and both, 10 to 50 layers "
                    + "(degradation)"))
            .text("How it is tested: Welch's t-tests over the seeds (depth-sweep: a deeper network against one "
                    + "layer; depth-budget: every depth against one layer at the same budget, Holm-corrected; "
                    + "degradation: the logs of the lowest training losses, 10 against 50 layers and each remedy "
                    + "against the plain network).")
            .text(r -> sources(r, VanishingAnswer.DEPTH_SWEEP, DepthAnswer.BUDGET, DepthAnswer.DEGRADATION))
            .heading("4. The back-propagation algorithm, step by step")
            .text(q("Experiment on the backpropagation algorithm. Intermediate results of weight updates and loss "
                    + "could be printed/visualized to get good understanding of what is happening."))
            .bullets(BackpropAnswer::answer)
            .text("**Table 4.** The first update of every weight of the 2-2-2 network (learning rate 0.5).")
            .table(null, BackpropAnswer.stepHeader(), BackpropAnswer::stepRows)
            .copies(r -> copies(r, BackpropAnswer.TRACE, List.of("network-forward.png", "network-backward.png",
                    "network-update.png"), "The first step on the 2-2-2 network"))
            .copies(r -> copies(r, BackpropAnswer.TRACE, List.of("error-vs-step.png", "weights-vs-step.png"),
                    "E and the weights over the 10,000 updates"))
            .copies(r -> copies(r, BackpropAnswer.TRACE, "xor-step.png", "The XOR step under the seed's "
                    + "convention and under gradient descent"))
            .text("How it is tested: nothing here is random, so there is no seed to test over; every number is one "
                    + "exact computation, checked against the seed's formulas (appendix), against DL4J's gradients "
                    + "and against finite differences (-Dexp=gradient-check).")
            .text(r -> sources(r, BackpropAnswer.TRACE))
            .heading("Appendix: the seeds' printed figures, checked")
            .text(BackpropAnswer::appendixSummary)
            .table(null, BackpropAnswer.appendixHeader(), BackpropAnswer::appendixRows)
            .heading("Where the numbers come from")
            .table(null, List.of("study", "results", "made", "finished", "commit", "time"),
                    ExerciseReport::sourceRows);

    private ExerciseReport() {
    }

    private static java.util.function.Function<ExerciseResults, String> q(String question) {
        return r -> "*The exercise asks:* \"" + question + "\"";
    }

    private static String intro(ExerciseResults r) {
        long reused = r.studies().values().stream().filter(Published::reused).count();
        return "Each answer below is computed from the results of the studies named under it, in results/ beside "
                + "this folder (" + (r.studies().size() - reused) + " run for this write-up, " + reused + " reused "
                + "because their recipe matched)" + (r.quick() ? ". **This is the quick version** (-Dquick=true): "
                        + "few seeds and epochs, for a first look; its numbers are not the answers" : "")
                + ". Every study's own REPORT.md has its full recipe and every table.";
    }

    /** The figures {@code files} of study {@code folder}, copied as FOLDER-FILE, those that it drew. */
    static List<Copy> copies(ExerciseResults r, String folder, List<String> files, String caption) {
        Published p = r.study(folder);
        List<Copy> out = new ArrayList<>();
        for (String f : files) {
            if (Files.isRegularFile(p.file(f))) {
                out.add(new Copy(p.file(f), folder + "-" + f, files.size() == 1 ? caption : caption + " (" + f + ")"));
            }
        }
        return out;
    }

    static List<Copy> copies(ExerciseResults r, String folder, String file, String caption) {
        return copies(r, folder, List.of(file), caption);
    }

    private static String sources(ExerciseResults r, String... folders) {
        List<String> parts = new ArrayList<>();
        for (String f : folders) {
            Published p = r.study(f);
            parts.add("results/" + p.folder().getFileName() + " (" + (p.reused() ? "reused" : "run now") + ", "
                    + p.finished() + ", commit " + p.commit() + ")");
        }
        return "Numbers from " + String.join(", ", parts) + "; each study's REPORT.md there has its recipe.";
    }

    private static List<List<String>> sourceRows(ExerciseResults r) {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : Exercise.SOURCES) {
            Published p = r.study(s.folder());
            rows.add(List.of(s.study() + (s.settings().isEmpty() ? "" : " " + s.settings().entrySet().stream()
                    .map(e -> "-D" + e.getKey() + "=" + e.getValue()).sorted().toList()), "results/"
                    + p.folder().getFileName(), p.reused() ? "reused" : "run now", p.finished(), p.commit(),
                    String.format(Locale.ROOT, "%.0f s", p.seconds())));
        }
        return rows;
    }
}
