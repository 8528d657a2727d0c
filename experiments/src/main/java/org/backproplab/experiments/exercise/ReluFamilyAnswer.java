package org.backproplab.experiments.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;

/**
 * Item 2: the ReLU family compared. relu-family at its defaults, where accuracy may not separate the members, and
 * at 20 hidden layers, where it does; what each member costs per epoch; and, for the deep setting, what mean-field
 * theory predicts for each member's gradient at initialization.
 */
final class ReluFamilyAnswer {
    static final String SHALLOW = "relu-family";
    static final String DEEP = "relu-family-deep";

    private ReluFamilyAnswer() {
    }

    /** One member in one setting. */
    record Member(String name, String init, int depth, int width, int seeds, int epochs, double accuracy, double low,
            double high, double pHolm, boolean significant, double diff, double epochsToLoss, double msPerEpoch) {
        static Member of(CsvTable.Row r) {
            String significant = r.text("significant_at_0.05");
            return new Member(r.text("activation"), r.text("init"), r.whole("depth"), r.whole("width"),
                    r.whole("seeds"), r.whole("epochs"), r.number("test_accuracy_mean"),
                    r.number("test_accuracy_ci95_low"), r.number("test_accuracy_ci95_high"), r.number("p_holm"),
                    significant.equals("true"), r.number("accuracy_diff_vs_relu"), r.number("epochs_to_loss_0.1_mean"),
                    r.number("train_time_ms") / r.whole("epochs"));
        }

        /** The predicted change of the gradient per layer at initialization, at this member's width. */
        double predicted() {
            return MeanField.of(Activation.named(name), Initializer.named(init), width).factor();
        }

        String accuracyText() {
            return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", accuracy, low, high);
        }
    }

    static List<Member> members(ExerciseResults r, String folder) {
        return r.study(folder).table("summary.csv").rows().stream().map(Member::of).toList();
    }

    static final List<String> CSV_HEADER = List.of("setting", "activation", "init", "depth", "seeds", "epochs",
            "test_accuracy_mean", "test_accuracy_ci95_low", "test_accuracy_ci95_high", "p_holm_vs_relu",
            "significant_at_0.05", "epochs_to_loss_0.1_mean", "predicted_factor", "epoch_ms");

    /** Table 2 as numbers: both settings, one row per member. */
    static List<List<Object>> csv(ExerciseResults r) {
        List<List<Object>> rows = new ArrayList<>();
        for (String setting : List.of(SHALLOW, DEEP)) {
            for (Member m : members(r, setting)) {
                rows.add(List.of(setting, m.name(), m.init(), m.depth(), m.seeds(), m.epochs(), m.accuracy(), m.low(),
                        m.high(), Double.isNaN(m.pHolm()) ? "" : m.pHolm(), Double.isNaN(m.pHolm()) ? ""
                                : m.significant(), Double.isNaN(m.epochsToLoss()) ? "" : m.epochsToLoss(),
                        m.predicted(), m.msPerEpoch()));
            }
        }
        return rows;
    }

    static List<String> header(ExerciseResults r) {
        Member shallow = members(r, SHALLOW).get(0);
        Member deep = members(r, DEEP).get(0);
        return List.of("member", "initialization", "test accuracy, " + shallow.depth() + " layers (95%)",
                "p vs ReLU (Holm)", "epochs to loss 0.1", "ms per epoch", "x ReLU's time",
                "test accuracy, " + deep.depth() + " layers (95%)", "p vs ReLU (Holm)",
                "predicted gradient change over " + deep.depth() + " layers");
    }

    static List<List<String>> table(ExerciseResults r) {
        List<Member> shallow = members(r, SHALLOW);
        List<Member> deep = members(r, DEEP);
        double relu = shallow.get(0).msPerEpoch();
        List<List<String>> rows = new ArrayList<>();
        for (Member m : shallow) {
            Member d = deep.stream().filter(x -> x.name().equals(m.name())).findFirst().orElse(null);
            rows.add(List.of(m.name(), m.init(), m.accuracyText(), pText(m), Double.isNaN(m.epochsToLoss()) ? "never"
                    : String.format(Locale.ROOT, "%.1f", m.epochsToLoss()), String.format(Locale.ROOT, "%.1f",
                            m.msPerEpoch()), Runs.times(m.msPerEpoch() / relu),
                    d == null ? "n/a" : d.accuracyText(), d == null ? "n/a" : pText(d),
                    d == null ? "n/a" : String.format(Locale.ROOT, "%.2g", Math.pow(d.predicted(), d.depth()))));
        }
        return rows;
    }

    private static String pText(Member m) {
        return Double.isNaN(m.pHolm()) ? "baseline" : Runs.p(m.pHolm()) + (m.significant() ? " *" : "");
    }

    static List<String> answer(ExerciseResults r) {
        List<String> out = new ArrayList<>();
        List<Member> shallow = members(r, SHALLOW);
        List<Member> deep = members(r, DEEP);
        out.add(setting(shallow, "first"));
        out.add(cost(shallow));
        out.add(setting(deep, "second"));
        theory(deep).ifPresent(out::add);
        return out;
    }

    /** What one setting shows: which members differ from ReLU after Holm's correction, and the range. */
    private static String setting(List<Member> members, String which) {
        Member first = members.get(0);
        Member best = members.stream().max(Comparator.comparingDouble(Member::accuracy)).orElseThrow();
        Member worst = members.stream().min(Comparator.comparingDouble(Member::accuracy)).orElseThrow();
        List<Member> better = members.stream().filter(m -> m.significant() && m.diff() > 0).toList();
        List<Member> poorer = members.stream().filter(m -> m.significant() && m.diff() < 0).toList();
        double smallest = members.stream().mapToDouble(Member::pHolm).filter(p -> !Double.isNaN(p)).min()
                .orElse(Double.NaN);
        String where = String.format(Locale.ROOT, "At %d hidden layers of %d units on digits (%d epochs, %d paired "
                + "seeds, every member at ReLU's rate)", first.depth(), first.width(), first.epochs(), first.seeds());
        String range = String.format(Locale.ROOT, "test accuracy runs from %s (%s) to %s (%s)", Runs.f3(worst.accuracy()),
                worst.name(), Runs.f3(best.accuracy()), best.name());
        if (better.isEmpty() && poorer.isEmpty()) {
            return "**" + where + " no member differs from ReLU beyond the seeds' spread**: " + range + ", and the "
                    + "smallest Holm-corrected p of a paired t-test against ReLU is " + Runs.p(smallest) + "."
                    + ("first".equals(which) ? " Accuracy does not separate them here." : " No setting tried "
                            + "separates them.");
        }
        return "**" + where + " members do differ**: " + range + ". Better than ReLU after Holm's correction: "
                + names(better) + "; worse: " + names(poorer) + " (paired t-tests against ReLU on the same seeds, "
                + "Holm-corrected over " + (members.size() - 1) + " comparisons; * in the table).";
    }

    private static String names(List<Member> members) {
        return members.isEmpty() ? "none" : String.join(", ", members.stream().map(m -> String.format(Locale.ROOT,
                "%s (%s, %s)", m.name(), Runs.f3(m.accuracy()), Runs.pIs(m.pHolm()))).toList());
    }

    /** Time per epoch, each against ReLU's: what a member costs, measured in the same sweep. */
    private static String cost(List<Member> members) {
        double relu = members.get(0).msPerEpoch();
        List<Member> slowest = members.stream().sorted(Comparator.comparingDouble(Member::msPerEpoch).reversed())
                .toList();
        List<String> parts = slowest.stream().limit(3).map(m -> String.format(Locale.ROOT, "%s %s", m.name(),
                Runs.times(m.msPerEpoch() / relu))).toList();
        return String.format(Locale.ROOT, "**They differ in cost.** An epoch of ReLU takes %.1f ms; the slowest "
                + "members take %s ReLU's time (wall-clock time in the same sweep, every run on one core; the "
                + "machine's other work adds noise, and the benchmarks module measures the step itself). The "
                + "costly ones evaluate exp, tanh or erf per unit, where ReLU compares with 0.", relu,
                String.join(", ", parts));
    }

    /**
     * The deep setting against theory: the members whose predicted gradient change over the depth falls below
     * 1/100, against those that end at chance.
     */
    private static Optional<String> theory(List<Member> deep) {
        Member first = deep.get(0);
        List<String> vanish = deep.stream().filter(m -> Math.pow(m.predicted(), m.depth()) < 0.01)
                .map(Member::name).toList();
        List<String> chance = deep.stream().filter(m -> m.accuracy() < VanishingAnswer.TRAINS).map(Member::name)
                .toList();
        if (vanish.isEmpty() && chance.isEmpty()) {
            return Optional.empty();
        }
        String agree = vanish.equals(chance) ? "exactly the members that fail to train"
                : "against the members that fail to train: " + (chance.isEmpty() ? "none" : String.join(", ", chance));
        return Optional.of(String.format(Locale.ROOT, "**Why, from item 1's theory.** At %d layers the members "
                + "whose gradient at initialization is predicted to fall more than 100-fold (sigma_w^2 E[f'^2] "
                + "below 1 with their matched initialization: the smooth ones have a slope of about 1/2 near 0) are "
                + "%s: %s.", first.depth(), vanish.isEmpty() ? "none" : String.join(", ", vanish), agree));
    }
}
