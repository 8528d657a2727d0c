package org.backproplab.experiments.backproptrace;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.backproptrace.XorExample.Result;
import org.backproplab.experiments.backproptrace.XorExample.Update;

/**
 * Walks the second seed's XOR step as it is written, beside true gradient descent, and checks its figures and
 * its reasoning.
 */
public final class XorWalkthrough {
    private final List<String> lines = new ArrayList<>();
    private final List<SeedFigure> figures = new ArrayList<>();
    private final Result result = XorExample.run();

    private XorWalkthrough() {
    }

    public static XorWalkthrough run() {
        XorWalkthrough w = new XorWalkthrough();
        w.walk();
        return w;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<SeedFigure> figures() {
        return List.copyOf(figures);
    }

    public Result result() {
        return result;
    }

    /** What the seed says that its own numbers or the mathematics contradict, beyond single figures. */
    public static List<String> notes() {
        return List.of(
                "\"our model projected a result of 1\": the forward pass gives D0 = 4 (as the seed's own unit D0 "
                        + "computation shows).",
                "\"it returned a value of 4 instead of 1\": the target for (0, 0) is 0, not 1.",
                "\"Loss = actual y - predicted y = -4\": that is the signed error, not a loss (a loss is >= 0); "
                        + "nor is it \"the standard cost function of logistic regression\" the text announces. "
                        + "For 1/2 (y_hat - y)^2 the loss is 8.",
                "Sign: with delta = y - y_hat, W := W - alpha Z delta equals W + alpha Z (y_hat - y), a step UP "
                        + "the gradient of the squared error: the loss rises from 8 to 26.4992. Gradient descent "
                        + "needs delta_D0 = y_hat - y = 4 (the derivative of 1/2 (y_hat - y)^2), and lowers the "
                        + "loss to 1.4112.",
                "W11, W12, W21, W22, W31, W32 := 1.4 contradicts the seed's own update W := W - alpha Z delta: "
                        + "their Z is the input X1 = 0 or X2 = 0, so they stay 1.",
                "delta_Z0 is computed for the bias unit Z0, which has no incoming weights; it is never used.",
                "\"Batch Gradient Descent\" on a single sample is stochastic (online) gradient descent.");
    }

    private void walk() {
        lines.add("Network 2 -> 3 identity -> 1 identity, every weight 1 (bias weights W10, W20, W30, V00 too), "
                + "alpha = 0.1, sample (X1, X2) = (0, 0), target y = 0.");
        lines.add(String.format("Forward: Z1 = Z2 = Z3 = W10*1 + W11*0 + W12*0 = %s;  D0 = V00 + V01 Z1 + V02 Z2 "
                + "+ V03 Z3 = %s", fmt(result.hiddenZ()[0]), fmt(result.outputD0())));
        lines.add(String.format("Seed's error y - y_hat = %s; loss 1/2 (y_hat - y)^2 = %s", fmt(-result.outputD0()),
                fmt(result.lossBefore())));
        lines.add("");
        lines.add(String.format("  %-6s %-8s | %-28s | %-28s", "param", "before", "seed: J' = Z*delta -> after",
                "gradient descent: dL/dW -> after"));
        for (int i = 0; i < XorExample.PARAMS.size(); i++) {
            Update s = result.seed().get(i);
            Update g = result.gradientDescent().get(i);
            lines.add(String.format("  %-6s %-8s | %8s -> %-16s | %8s -> %-16s", s.param(), fmt(s.before()),
                    fmt(s.gradient()), fmt(s.after()), fmt(g.gradient()), fmt(g.after())));
        }
        lines.add(String.format("  %-6s %-8s | %28s | %28s", "loss", fmt(result.lossBefore()),
                "-> " + fmt(result.lossAfterSeed()), "-> " + fmt(result.lossAfterGradientDescent())));

        figures.add(new SeedFigure("Z1", "W10*X0 + W11*X1 + W12*X2", "1", result.hiddenZ()[0]));
        figures.add(new SeedFigure("D0", "W0*Z0 + W1*Z1 + W2*Z2 + W3*Z3", "4", result.outputD0()));
        figures.add(new SeedFigure("Loss", "actual y - predicted y", "-4", -result.outputD0()));
        figures.add(new SeedFigure("delta_Z1", "W * delta_D0 * f'(Z1)", "-4",
                result.seed().get(0).gradient() / 1.0));
        for (Update u : result.seed()) {
            boolean zeroInput = u.param().startsWith("W") && !u.param().endsWith("0");
            String why = zeroInput ? "by the seed's own formula W := W - alpha * Z * delta the input Z = X"
                    + u.param().charAt(2) + " = 0, so " + u.param() + " stays 1" : "";
            figures.add(new SeedFigure(u.param() + " after", u.param() + " - alpha * Z * delta", "1.4", u.after(),
                    why));
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format("%.10g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
