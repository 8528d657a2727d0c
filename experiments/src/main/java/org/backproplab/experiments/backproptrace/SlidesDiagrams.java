package org.backproplab.experiments.backproptrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.reporting.NetworkDiagram;
import org.backproplab.reporting.NetworkDiagram.Edge;
import org.backproplab.reporting.NetworkDiagram.Label;
import org.backproplab.reporting.NetworkDiagram.Layer;
import org.backproplab.reporting.NetworkDiagram.Unit;

/**
 * The first seed's 2-2-2 network drawn three times for its first step, with the slides' names: the forward pass
 * (net and out on every unit), the backward pass (dE/dout and delta on every unit, dE/dw on every edge) and the
 * update (w and w+ on every edge). Every value is the engine's; where the seed prints the same quantity, it is
 * written to the seed's digits, and boxed in red if the seed's figure is wrong.
 */
final class SlidesDiagrams {
    private static final String[] HIDDEN = {"h1", "h2"};
    private static final String[] OUTPUT = {"o1", "o2"};
    /** w1..w8 by (layer, from, to), as {@link SigmoidExample} maps them. */
    static final String[][][] WEIGHT = {{{"w1", "w3"}, {"w2", "w4"}}, {{"w5", "w7"}, {"w6", "w8"}}};

    /** Legend lines every view shares. */
    private static final List<String> KEY = List.of("blue: positive weight, orange: negative; thickness: |w|. "
            + "Squares: the bias units b1 = 0.35 and b2 = 0.60, held fixed as in the seed.",
            "A value the seed prints is written to its digits; a red box marks one the seed prints wrong.");

    private final Network before;
    private final Workspace ws;
    private final Network after;
    private final Map<String, SeedFigure> seed;

    /**
     * @param before the network before the step, {@code ws} after its forward and backward pass, {@code after} the
     *               network after the update
     */
    SlidesDiagrams(Network before, Workspace ws, Network after, List<SeedFigure> seedFigures) {
        this.before = before;
        this.ws = ws;
        this.after = after;
        this.seed = seedFigures.stream().collect(Collectors.toMap(SeedFigure::name, f -> f, (a, b) -> a));
    }

    /** The walkthrough's first step, drawn. */
    static SlidesDiagrams of(SigmoidWalkthrough w) {
        Network n = SigmoidExample.network();
        Workspace ws = n.workspace(1);
        n.forward(SigmoidExample.INPUT, ws);
        n.backward(SigmoidExample.TARGET, SigmoidExample.LOSS, ws);
        Network updated = n.copy();
        SigmoidExample.SGD.step(updated, ws.gradients());
        return new SlidesDiagrams(n, ws, updated, w.figures());
    }

    NetworkDiagram forward() {
        return diagram("Forward pass: net = sum of w * out + b, out = 1 / (1 + e^-net)",
                (l, u) -> l < 0 ? List.of(value("i" + (u + 1), "", inputValue(u), 2))
                        : List.of(value("net_" + name(l, u), "net ", ws.net(l).get(0, u), 9),
                                value("out_" + name(l, u), "out ", ws.out(l).get(0, u), 9)),
                (l, from, to) -> List.of(value(WEIGHT[l][from][to], WEIGHT[l][from][to] + " ",
                        before.layer(l).weights().get(from, to), 2)), List.of());
    }

    NetworkDiagram backward() {
        return diagram("Backward pass: delta = dE/dout * out (1 - out), dE/dw = delta * out of the unit it leaves",
                (l, u) -> l < 0 ? List.of() : List.of(value("dE_total/dout_" + name(l, u), "dE/dout ",
                        ws.dOut(l).get(0, u), 9), value("dE_" + name(l, u) + "/dnet_" + name(l, u), "delta ",
                        ws.delta(l).get(0, u), 9)),
                (l, from, to) -> List.of(value("dE_total/d" + WEIGHT[l][from][to], "dE/d" + WEIGHT[l][from][to]
                        + " ", ws.gradients().weights(l).get(from, to), 9)),
                List.of("dE/dout of a hidden unit sums over the units it feeds: dE/dout_h1 = delta_o1 w5 + delta_o2 w7 "
                        + "(the original w5 and w7, not the updated ones)."));
    }

    NetworkDiagram update() {
        return diagram("Update: w+ = w - eta * dE/dw, eta = " + SigmoidExample.ETA + ", every weight at once",
                (l, u) -> List.of(),
                (l, from, to) -> List.of(value(WEIGHT[l][from][to], WEIGHT[l][from][to] + " ",
                        before.layer(l).weights().get(from, to), 2), value(WEIGHT[l][from][to] + "+",
                        WEIGHT[l][from][to] + "+ ", after.layer(l).weights().get(from, to), 9)), List.of());
    }

    private static double inputValue(int u) {
        return u == 0 ? SigmoidExample.I1 : SigmoidExample.I2;
    }

    private static String name(int l, int u) {
        return l == 0 ? HIDDEN[u] : OUTPUT[u];
    }

    /** Unit values of layer l (-1: the inputs), edge values of layer l's weights from, to. */
    private interface UnitValues {
        List<Label> of(int l, int u);
    }

    private interface EdgeValues {
        List<Label> of(int l, int from, int to);
    }

    private NetworkDiagram diagram(String title, UnitValues units, EdgeValues edges, List<String> extra) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("inputs", List.of(new Unit("i1", units.of(-1, 0), false),
                new Unit("i2", units.of(-1, 1), false), Unit.bias("b1", Label.of("b1 " + SigmoidExample.B1)))));
        layers.add(new Layer("hidden (sigmoid)", List.of(new Unit("h1", units.of(0, 0), false),
                new Unit("h2", units.of(0, 1), false), Unit.bias("b2", Label.of("b2 " + SigmoidExample.B2)))));
        layers.add(new Layer("outputs (sigmoid)", List.of(new Unit("o1", units.of(1, 0), false),
                new Unit("o2", units.of(1, 1), false))));
        List<Edge> all = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            for (int from = 0; from < 2; from++) {
                for (int to = 0; to < 2; to++) {
                    all.add(new Edge(l, from, to, before.layer(l).weights().get(from, to), edges.of(l, from, to)));
                }
            }
            for (int to = 0; to < 2; to++) {
                all.add(new Edge(l, 2, to, before.layer(l).biases().get(0, to), List.of()));
            }
        }
        List<String> notes = new ArrayList<>(extra);
        notes.addAll(KEY);
        return new NetworkDiagram(title, layers, all, notes);
    }

    /**
     * {@code prefix} and the value: to the digits the seed prints it with, boxed if the seed's figure is wrong
     * (with the seed's figure beside it), or to {@code digits} decimals where the seed prints none.
     */
    private Label value(String key, String prefix, double exact, int digits) {
        SeedFigure f = seed.get(key);
        if (f == null) {
            return Label.of(prefix + trim(String.format(Locale.ROOT, "%." + digits + "f", exact)));
        }
        int printed = Math.max(new java.math.BigDecimal(f.printed()).scale(), 0);
        String text = prefix + String.format(Locale.ROOT, "%." + printed + "f", exact);
        boolean wrong = f.verdict() == SeedFigure.Verdict.WRONG;
        return new Label(wrong ? text + " (seed: " + f.printed() + ")" : text, wrong);
    }

    /** 0.15 rather than 0.150000000 for a value the seed does not print. */
    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
