package org.backproplab.experiments.backproptrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backproplab.experiments.backproptrace.XorExample.Result;
import org.backproplab.experiments.backproptrace.XorExample.Update;
import org.backproplab.reporting.DiagramRow;
import org.backproplab.reporting.NetworkDiagram;
import org.backproplab.reporting.NetworkDiagram.Edge;
import org.backproplab.reporting.NetworkDiagram.Label;
import org.backproplab.reporting.NetworkDiagram.Layer;
import org.backproplab.reporting.NetworkDiagram.Unit;

/**
 * The second seed's XOR step drawn twice, side by side: under the seed's convention ({@code delta = y - y_hat},
 * {@code W := W - alpha Z delta}) and under gradient descent on {@code 1/2 (y_hat - y)^2}. Each edge carries its
 * weight, the step's gradient and the weight after; each unit its output and delta. Where the seed prints an
 * updated weight its own formula does not give (1.4 for a weight whose input is 0), that weight is boxed in red
 * with the seed's figure beside it.
 */
final class XorDiagrams {
    private XorDiagrams() {
    }

    static DiagramRow of(XorWalkthrough w) {
        Result r = w.result();
        Map<String, SeedFigure> seed = w.figures().stream().collect(Collectors.toMap(SeedFigure::name, f -> f,
                (a, b) -> a));
        double error = -r.outputD0(); // y - y_hat, y = 0
        NetworkDiagram seedPanel = panel(String.format("The seed's step: delta = y - y_hat = %s, loss %s -> %s",
                XorWalkthrough.fmt(error), XorWalkthrough.fmt(r.lossBefore()), XorWalkthrough.fmt(r.lossAfterSeed())),
                r, r.seed(), "J'", error, seed, List.of("W := W - alpha J' with J' = Z delta and delta = y - y_hat: "
                        + "a step up the gradient, so the loss rises.",
                        "A red box: the seed prints 1.4, its own formula gives the value shown (the input is 0)."));
        NetworkDiagram gdPanel = panel(String.format("Gradient descent: dL/dy_hat = y_hat - y = %s, loss %s -> %s",
                XorWalkthrough.fmt(r.outputD0()), XorWalkthrough.fmt(r.lossBefore()),
                XorWalkthrough.fmt(r.lossAfterGradientDescent())), r, r.gradientDescent(), "dL/dw", r.outputD0(),
                Map.of(), List.of("W := W - alpha dL/dW on L = 1/2 (y_hat - y)^2: the engine's backward pass and SGD.",
                        "Weights fed by an input of 0 get no gradient, and stay 1."));
        return new DiagramRow("XOR, one step on (0, 0) -> 0, alpha = " + XorExample.ALPHA + ": the seed's convention "
                + "beside gradient descent", List.of(seedPanel, gdPanel));
    }

    private static NetworkDiagram panel(String title, Result r, List<Update> updates, String gradient,
            double outputDelta, Map<String, SeedFigure> seed, List<String> notes) {
        Map<String, Update> by = updates.stream().collect(Collectors.toMap(Update::param, u -> u));
        double[] z = r.hiddenZ();
        List<Unit> inputs = List.of(Unit.of("X1", Label.of("0")), Unit.of("X2", Label.of("0")),
                Unit.bias("X0", Label.of("1")));
        List<Unit> hidden = new ArrayList<>();
        for (int j = 1; j <= 3; j++) {
            // delta_Zj = V0j * delta_D0 (identity units, f' = 1): the same in both conventions but for the sign
            double delta = by.get("V0" + j).before() * outputDelta;
            hidden.add(Unit.of("Z" + j, Label.of("out " + XorWalkthrough.fmt(z[j - 1])),
                    Label.of("delta " + XorWalkthrough.fmt(delta))));
        }
        hidden.add(Unit.bias("Z0", Label.of("1")));
        List<Unit> output = List.of(Unit.of("D0", Label.of("out " + XorWalkthrough.fmt(r.outputD0())),
                Label.of("delta " + XorWalkthrough.fmt(outputDelta))));
        List<Edge> edges = new ArrayList<>();
        for (int j = 1; j <= 3; j++) {
            for (int k = 0; k <= 2; k++) {
                // Xk -> Zj; the bias unit X0 is the input layer's third unit
                String name = "W" + j + k;
                edges.add(new Edge(0, k == 0 ? 2 : k - 1, j - 1, by.get(name).before(),
                        labels(by.get(name), gradient, seed.get(name + " after"))));
            }
        }
        for (int j = 0; j <= 3; j++) {
            String name = "V0" + j;
            edges.add(new Edge(1, j == 0 ? 3 : j - 1, 0, by.get(name).before(),
                    labels(by.get(name), gradient, seed.get(name + " after"))));
        }
        return new NetworkDiagram(title, List.of(new Layer("inputs", inputs), new Layer("hidden (identity)",
                hidden), new Layer("output (identity)", output)), edges, notes);
    }

    private static List<Label> labels(Update u, String gradient, SeedFigure printed) {
        boolean wrong = printed != null && printed.verdict() == SeedFigure.Verdict.WRONG;
        String after = u.param() + "+ " + XorWalkthrough.fmt(u.after()) + (wrong ? " (seed: " + printed.printed()
                + ")" : "");
        return List.of(Label.of(u.param() + " " + XorWalkthrough.fmt(u.before()) + ", " + gradient + " "
                + XorWalkthrough.fmt(u.gradient())), new Label(after, wrong));
    }
}
