package org.backproplab.experiments.degradation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.experiments.stats.SeedStats;
import org.backproplab.experiments.study.Cell;
import org.backproplab.experiments.study.Cells;
import org.backproplab.experiments.study.Counts;
import org.backproplab.experiments.study.Metric;

/** What the grid shows, computed from its numbers: does depth degrade training, and which remedy removes it. */
final class DegradationFindings {
    private DegradationFindings() {
    }

    static List<String> findings(Cells c) {
        List<String> out = new ArrayList<>();
        for (ByRemedy a : ByRemedy.of(c)) {
            for (DepthPair pair : a.pairs()) {
                out.add(a.activation() + ", " + pair.remedy().label() + ": " + verdict(pair));
            }
            gradients(a).ifPresent(out::add);
            out.addAll(versusPlain(a));
        }
        out.add(SeedStats.fewSeedsNote(c.seeds()).isEmpty() ? "Each p is Welch's two-sided t-test on the logs of "
                + "the lowest training losses, over the seeds."
                : "Each p is Welch's two-sided t-test on the logs of the lowest training losses, over the seeds. "
                        + SeedStats.fewSeedsNote(c.seeds()));
        return out;
    }

    /** "the lowest training loss at depth 50 is 240x that at depth 10 (p = 0.003): the deeper one trains worse". */
    static String verdict(DepthPair pair) {
        int shallow = pair.shallow().spec().depth();
        int deep = pair.deep().spec().depth();
        String failed = (failed(pair.deep()) + failed(pair.shallow())).strip();
        if (pair.deep().trained().isEmpty() || pair.shallow().trained().isEmpty()) {
            return String.format(Locale.ROOT, "%s: %s %s.", pair.deep().trained().isEmpty()
                            && !pair.shallow().trained().isEmpty() ? "at " + deep + " hidden layers it does not train "
                            + "at all, at " + shallow + " it does" : "not comparable",
                    pair.degrades() ? "depth degrades training" : "no verdict", failed);
        }
        double ratio = pair.ratio();
        double p = pair.p();
        String test = Double.isNaN(p) ? "no test: fewer than 2 trained seeds on a side"
                : String.format(Locale.ROOT, "p = %.2g", p);
        boolean shown = !Double.isNaN(p) && p < 0.05;
        String what = ratio > 1 ? (shown ? "the deeper network trains worse: degradation" : "higher, but not "
                + "shown beyond the seeds' spread") : (shown ? "the deeper network trains at least as well: no "
                + "degradation" : "no degradation shown");
        return String.format(Locale.ROOT, "the lowest training loss at %d hidden layers is %s that at %d "
                + "(%.3g against %.3g; %s): %s.%s", deep, times(ratio), shallow, DepthPair.mean(pair.deep()),
                DepthPair.mean(pair.shallow()), test, what, failed.isEmpty() ? "" : " " + failed);
    }

    /** How the gradient reaching the first layer at initialization changes from the shallowest to the deepest. */
    private static java.util.Optional<String> gradients(ByRemedy a) {
        List<String> parts = new ArrayList<>();
        for (DepthPair pair : a.pairs()) {
            double shallow = gradientAtInit(pair.shallow());
            double deep = gradientAtInit(pair.deep());
            if (Double.isFinite(shallow) && Double.isFinite(deep) && shallow > 0) {
                parts.add(String.format(Locale.ROOT, "%s %s", pair.remedy().label(), times(deep / shallow)));
            }
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        DepthPair any = a.pairs().get(0);
        return java.util.Optional.of(String.format(Locale.ROOT, "%s, the first layer's gradient at initialization "
                + "from %d to %d hidden layers: %s (below 1x it vanishes with depth, far above it explodes).",
                a.activation(), any.shallow().spec().depth(), any.deep().spec().depth(), String.join(", ", parts)));
    }

    /**
     * At the greatest depth, each remedy against the plain network: the lowest training loss (and the test behind
     * the difference) and the test accuracy. This is the remedy's effect, where the depth pairs say only whether
     * depth still costs something with it.
     */
    private static List<String> versusPlain(ByRemedy a) {
        if (a.pairs().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        versusPlain(a, a.pairs().get(0).shallow().spec().depth()).ifPresent(out::add);
        versusPlain(a, a.pairs().get(0).deep().spec().depth()).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<String> versusPlain(ByRemedy a, int deep) {
        Cell plain = a.at(Remedy.PLAIN, deep).orElse(null);
        if (plain == null) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Remedy r : Remedy.all()) {
            if (r == Remedy.PLAIN) {
                continue;
            }
            a.at(r, deep).ifPresent(cell -> parts.add(r.label() + " " + against(cell, plain)));
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "%s at %s, against the plain network (lowest "
                + "training loss %s, test accuracy %s): %s.", a.activation(), Counts.hiddenLayers(deep),
                plain.meanText(Lowest.TRAIN_LOSS, "%.3g"), plain.meanText(Metric.TEST_ACCURACY, "%.3f"),
                String.join("; ", parts)));
    }

    /** "0.0774 (30x lower, p = 0.01), test accuracy 0.932", or why there is no number. */
    private static String against(Cell cell, Cell plain) {
        if (cell.trained().isEmpty()) {
            return "every run diverged" + failed(cell);
        }
        String loss = cell.meanText(Lowest.TRAIN_LOSS, "%.3g");
        if (plain.trained().isEmpty()) {
            return loss + ", test accuracy " + cell.meanText(Metric.TEST_ACCURACY, "%.3f");
        }
        double ratio = DepthPair.mean(plain) / DepthPair.mean(cell);
        double p = SeedStats.welchP(logs(cell), logs(plain));
        String size = Math.max(ratio, 1 / ratio) < 1.1 ? "within 10% of it"
                : times(ratio >= 1 ? ratio : 1 / ratio) + (ratio >= 1 ? " lower" : " higher");
        return String.format(Locale.ROOT, "%s (%s%s), test accuracy %s", loss, size, Double.isNaN(p) ? ""
                : String.format(Locale.ROOT, ", p = %.2g", p), cell.meanText(Metric.TEST_ACCURACY, "%.3f"));
    }

    private static double[] logs(Cell c) {
        return java.util.Arrays.stream(c.values(Lowest.TRAIN_LOSS)).map(Math::log).toArray();
    }

    /**
     * Why, where the numbers show it: identity shortcuts without normalization add the signal's variance at every
     * block, and batch normalization without shortcuts makes the gradient explode with depth at initialization.
     */
    static List<String> why(Cells c) {
        List<String> out = new ArrayList<>();
        ioffeDeepSigmoid(c).ifPresent(out::add);
        for (ByRemedy a : ByRemedy.of(c)) {
            for (DepthPair pair : a.pairs()) {
                double growth = gradientAtInit(pair.deep()) / gradientAtInit(pair.shallow());
                if (pair.remedy() == Remedy.RESIDUAL && pair.deep().diverged() > 0) {
                    out.add(String.format(Locale.ROOT, "%s with shortcuts alone diverged at %d hidden layers "
                            + "(%d of %d runs): out(l) = f(net(l)) + out(l-2) adds two signals of about the same "
                            + "variance, so the variance about doubles at every shortcut (%d of them here), and the "
                            + "output layer's inputs are huge from the start. He et al.'s blocks are batch-normalized "
                            + "inside; without normalization the shortcut branches must start small (zero-initialized "
                            + "last layers, as Fixup does) to keep it.", a.activation(), pair.deep().spec().depth(),
                            pair.deep().diverged(), pair.deep().seeds(), (pair.deep().spec().depth() - 1) / 2));
                }
                if (pair.remedy() == Remedy.BATCH_NORM && growth > 10) {
                    out.add(String.format(Locale.ROOT, "%s with batch normalization alone: the first layer's "
                            + "gradient at initialization grows %s from %d to %d hidden layers. Normalizing over the "
                            + "batch makes every layer's output depend on every sample's, and at initialization "
                            + "the gradient of a deep batch-normalized network without shortcuts explodes with "
                            + "depth (Yang et al. 2019, A Mean Field Theory of Batch Normalization); shortcuts "
                            + "remove the explosion (batch-norm + residual: %s).", a.activation(), times(growth),
                            pair.shallow().spec().depth(), pair.deep().spec().depth(), a.pairs().stream()
                                    .filter(q -> q.remedy() == Remedy.BOTH).findFirst().map(q -> times(
                                            gradientAtInit(q.deep()) / gradientAtInit(q.shallow()))).orElse("n/a")));
                }
                if (pair.remedy() == Remedy.PLAIN && growth < 1e-3) {
                    out.add(String.format(Locale.ROOT, "%s plain: the first layer's gradient at initialization "
                            + "falls by a factor of %.2g from %d to %d hidden layers, the vanishing gradient: its "
                            + "first layers barely learn, whatever the depth's capacity.", a.activation(), 1 / growth,
                            pair.shallow().spec().depth(), pair.deep().spec().depth()));
                }
            }
        }
        return out;
    }

    /**
     * Ioffe and Szegedy's deep-sigmoid claim (section 4.2.2: with batch normalization an Inception network of
     * sigmoids reaches 69.8% top-1 accuracy on ImageNet, without it never better than 1/1000) beside the grid's
     * sigmoid networks at every depth.
     */
    private static java.util.Optional<String> ioffeDeepSigmoid(Cells c) {
        for (ByRemedy a : ByRemedy.of(c)) {
            if (!a.activation().equals("sigmoid")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int depth : c.grid().depths().stream().distinct().sorted().toList()) {
                var plain = a.at(Remedy.PLAIN, depth);
                var normalized = a.at(Remedy.BATCH_NORM, depth);
                if (plain.isPresent() && normalized.isPresent()) {
                    parts.add(String.format(Locale.ROOT, "%d layers %s without, %s with", depth,
                            plain.get().meanText(Metric.TEST_ACCURACY, "%.3f"),
                            normalized.get().meanText(Metric.TEST_ACCURACY, "%.3f")));
                }
            }
            if (!parts.isEmpty()) {
                return java.util.Optional.of("Ioffe and Szegedy (2015, section 4.2.2): with batch normalization a "
                        + "sigmoid Inception network reaches 69.8% top-1 accuracy on ImageNet, without it never better "
                        + "than 0.1%. Ours, sigmoid test accuracy without and with batch normalization (chance "
                        + String.format(Locale.ROOT, "%.3f", 1.0 / c.data().classes()) + "): "
                        + String.join("; ", parts) + ".");
            }
        }
        return java.util.Optional.empty();
    }

    /** " (2 of 2 runs diverged at 50 layers)" or "". */
    static String failed(Cell c) {
        return c.diverged() == 0 ? "" : String.format(Locale.ROOT, " (%d of %d runs diverged at %d layers)",
                c.diverged(), c.seeds(), c.spec().depth());
    }

    /**
     * The first layer's gradient at initialization over every run, diverged or not: it is measured before the
     * first step, so a run that diverged later still has it. NaN if none is finite.
     */
    static double gradientAtInit(Cell c) {
        return c.runs().stream().mapToDouble(Metric.FIRST_LAYER_GRADIENT_AT_INIT::of).filter(Double::isFinite)
                .average().orElse(Double.NaN);
    }

    /** "240x", "0.5x", "1.1x". */
    static String times(double ratio) {
        return ratio >= 10 ? String.format(Locale.ROOT, "%.0fx", ratio) : String.format(Locale.ROOT, "%.2gx", ratio);
    }
}
