package org.backproplab.experiments.backproptrace;

import static org.backproplab.experiments.backproptrace.SigmoidExample.ETA;
import static org.backproplab.experiments.backproptrace.SigmoidExample.I1;
import static org.backproplab.experiments.backproptrace.SigmoidExample.I2;
import static org.backproplab.experiments.backproptrace.SigmoidExample.TARGET_O1;
import static org.backproplab.experiments.backproptrace.SigmoidExample.TARGET_O2;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Workspace;
import org.backproplab.experiments.backproptrace.SigmoidExample.State;

/**
 * Walks the first seed's example the way its slides do, on the engine's own forward and backward pass, and
 * collects every intermediate value as printable lines and every figure the seed prints as a {@link SeedFigure}.
 */
public final class SigmoidWalkthrough {
    private final List<String> lines = new ArrayList<>();
    private final List<SeedFigure> figures = new ArrayList<>();
    private final List<State> states;
    private final List<State> seedVariant;

    private SigmoidWalkthrough() {
        states = SigmoidExample.train(SigmoidExample.STEPS);
        seedVariant = SigmoidExample.trainUpdatingOutputWeightsFirst(SigmoidExample.STEPS);
    }

    public static SigmoidWalkthrough run() {
        SigmoidWalkthrough w = new SigmoidWalkthrough();
        w.walk();
        return w;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<SeedFigure> figures() {
        return List.copyOf(figures);
    }

    /** States after 0..10,000 updates of gradient descent, as the engine trains. */
    public List<State> states() {
        return states;
    }

    /** The same, with w5..w8 updated before the hidden layer's gradients (the seed's figures' algorithm). */
    public List<State> seedVariant() {
        return seedVariant;
    }

    private void line(String format, Object... args) {
        lines.add(String.format(format, args));
    }

    private double figure(String name, String formula, String printed, double exact) {
        figures.add(new SeedFigure(name, formula, printed, exact));
        return exact;
    }

    private void walk() {
        Network n = SigmoidExample.network();
        Workspace ws = n.workspace(1);
        n.forward(SigmoidExample.INPUT, ws);
        n.backward(SigmoidExample.TARGET, SigmoidExample.LOSS, ws);
        double[] w = SigmoidExample.weights(n);
        double[] grad = SigmoidExample.weightGradients(ws);
        Network updated = n.copy();
        SigmoidExample.SGD.step(updated, ws.gradients());
        double[] wNew = SigmoidExample.weights(updated);
        Activation sigmoid = Activation.sigmoid();

        line("Network 2 -> 2 sigmoid -> 2 sigmoid, inputs i1 = %s, i2 = %s, targets %s and %s, eta = %s,", I1, I2,
                TARGET_O1, TARGET_O2, ETA);
        line("biases b1 = %s (h1, h2) and b2 = %s (o1, o2), held fixed as in the seed.", SigmoidExample.B1,
                SigmoidExample.B2);
        line("Weights: w1 i1->h1, w2 i2->h1, w3 i1->h2, w4 i2->h2, w5 h1->o1, w6 h2->o1, w7 h1->o2, w8 h2->o2.");
        line("");
        line("Forward pass: net = sum of w * input + b, out = 1 / (1 + e^-net)");
        String[] units = {"h1", "h2", "o1", "o2"};
        for (int u = 0; u < 4; u++) {
            int layer = u / 2;
            int j = u % 2;
            line("  %-3s net = %.12f   out = %.12f", units[u], ws.net(layer).get(0, j), ws.out(layer).get(0, j));
        }
        figure("net_h1", "w1*i1 + w2*i2 + b1", "0.3775", ws.net(0).get(0, 0));
        figure("out_h1", "1/(1+e^-net_h1)", "0.593269992", ws.out(0).get(0, 0));
        figure("out_h2", "1/(1+e^-net_h2)", "0.596884378", ws.out(0).get(0, 1));
        figure("net_o1", "w5*out_h1 + w6*out_h2 + b2", "1.105905967", ws.net(1).get(0, 0));
        double outO1 = figure("out_o1", "1/(1+e^-net_o1)", "0.75136507", ws.out(1).get(0, 0));
        double outO2 = figure("out_o2", "1/(1+e^-net_o2)", "0.772928465", ws.out(1).get(0, 1));
        double eO1 = 0.5 * (TARGET_O1 - outO1) * (TARGET_O1 - outO1);
        double eO2 = 0.5 * (TARGET_O2 - outO2) * (TARGET_O2 - outO2);
        double eTotal = SigmoidExample.LOSS.value(ws.output(), SigmoidExample.TARGET);
        line("  E_o1 = 1/2 (target_o1 - out_o1)^2 = %.12f", eO1);
        line("  E_o2 = 1/2 (target_o2 - out_o2)^2 = %.12f", eO2);
        line("  E_total = E_o1 + E_o2 = %.12f", eTotal);
        figure("E_o1", "1/2 (target_o1 - out_o1)^2", "0.274811083", eO1);
        figure("E_o2", "1/2 (target_o2 - out_o2)^2", "0.023560026", eO2);
        figure("E_total", "E_o1 + E_o2", "0.298371109", eTotal);

        line("");
        line("Backward pass, output layer: delta_o = dE/dout_o * dout_o/dnet_o, dE/dw = delta_o * out_h");
        for (int j = 0; j < 2; j++) {
            double dOut = ws.dOut(1).get(0, j);
            double dOutDNet = sigmoid.derivative(ws.net(1).get(0, j), ws.out(1).get(0, j));
            line("  %s: dE/dout = out - target = %.12f   dout/dnet = out (1 - out) = %.12f   delta = %.12f",
                    units[2 + j], dOut, dOutDNet, ws.delta(1).get(0, j));
        }
        String[] outFeeds = {"delta_o1 * out_h1", "delta_o1 * out_h2", "delta_o2 * out_h1", "delta_o2 * out_h2"};
        for (int k = 4; k < 8; k++) {
            line("  dE/dw%d = %s = %.12f   w%d+ = w%d - eta dE/dw%d = %.12f", k + 1, outFeeds[k - 4], grad[k],
                    k + 1, k + 1, k + 1, wNew[k]);
        }
        figure("dE_total/dout_o1", "-(target_o1 - out_o1)", "0.74136507", ws.dOut(1).get(0, 0));
        figure("dout_o1/dnet_o1", "out_o1 (1 - out_o1)", "0.186815602",
                sigmoid.derivative(ws.net(1).get(0, 0), outO1));
        figure("dnet_o1/dw5", "out_h1", "0.593269992", ws.layerInput(1).get(0, 0));
        figure("dE_total/dw5", "dE/dout_o1 * dout_o1/dnet_o1 * dnet_o1/dw5", "0.082167041", grad[4]);
        figure("w5+", "w5 - eta * dE_total/dw5", "0.35891648", wNew[4]);
        figure("w6+", "w6 - eta * dE_total/dw6", "0.408666186", wNew[5]);
        figure("w7+", "w7 - eta * dE_total/dw7", "0.511301270", wNew[6]);
        figure("w8+", "w8 - eta * dE_total/dw8", "0.561370121", wNew[7]);

        line("");
        line("Backward pass, hidden layer (with the original w5..w8): dE/dout_h = sum over outputs of delta_o * w");
        double deltaO1 = ws.delta(1).get(0, 0);
        double deltaO2 = ws.delta(1).get(0, 1);
        double eO1OutH1 = deltaO1 * w[4];
        double eO2OutH1 = deltaO2 * w[6];
        line("  dE_o1/dnet_o1 = %.12f   dE_o1/dout_h1 = dE_o1/dnet_o1 * w5 = %.12f", deltaO1, eO1OutH1);
        line("  dE_o2/dnet_o2 = %.12f   dE_o2/dout_h1 = dE_o2/dnet_o2 * w7 = %.12f", deltaO2, eO2OutH1);
        for (int j = 0; j < 2; j++) {
            double dOutDNet = sigmoid.derivative(ws.net(0).get(0, j), ws.out(0).get(0, j));
            line("  %s: dE_total/dout = %.12f   dout/dnet = %.12f   delta = %.12f", units[j], ws.dOut(0).get(0, j),
                    dOutDNet, ws.delta(0).get(0, j));
        }
        String[] inFeeds = {"delta_h1 * i1", "delta_h1 * i2", "delta_h2 * i1", "delta_h2 * i2"};
        for (int k = 0; k < 4; k++) {
            line("  dE/dw%d = %s = %.12f   w%d+ = %.12f", k + 1, inFeeds[k], grad[k], k + 1, wNew[k]);
        }
        figure("dE_o1/dnet_o1", "dE_total/dout_o1 * dout_o1/dnet_o1", "0.138498562", deltaO1);
        figure("dE_o1/dout_h1", "dE_o1/dnet_o1 * w5", "0.055399425", eO1OutH1);
        figure("dE_o2/dout_h1", "dE_o2/dnet_o2 * w7", "-0.019049119", eO2OutH1);
        figure("dE_total/dout_h1", "dE_o1/dout_h1 + dE_o2/dout_h1", "0.036350306", ws.dOut(0).get(0, 0));
        figure("dout_h1/dnet_h1", "out_h1 (1 - out_h1)", "0.241300709",
                sigmoid.derivative(ws.net(0).get(0, 0), ws.out(0).get(0, 0)));
        figure("dnet_h1/dw1", "i1", "0.05", ws.layerInput(0).get(0, 0));
        figure("dE_total/dw1", "dE/dout_h1 * dout_h1/dnet_h1 * dnet_h1/dw1", "0.000438568", grad[0]);
        figure("w1+", "w1 - eta * dE_total/dw1", "0.149780716", wNew[0]);
        figure("w2+", "w2 - eta * dE_total/dw2", "0.19956143", wNew[1]);
        figure("w3+", "w3 - eta * dE_total/dw3", "0.24975114", wNew[2]);
        figure("w4+", "w4 - eta * dE_total/dw4", "0.29950229", wNew[3]);

        State one = states.get(1);
        State last = states.get(states.size() - 1);
        State seedOne = seedVariant.get(1);
        State seedLast = seedVariant.get(seedVariant.size() - 1);
        String why = String.format("the seed's program updated w5..w8 before back-propagating into the hidden "
                + "layer, contrary to its own instruction to use the original weights; doing so gives %s", "%.10g");
        figures.add(new SeedFigure("E_total after 1 update", "E_total with w1+..w8+", "0.291027924",
                one.totalError(), String.format(why, seedOne.totalError())));
        // The seed's E after 10,000 and its two outputs do not come from the same network: its outputs give
        // E = 3.508e-5 (the w5..w8-first program after 10,000 updates), while 0.0000351085 is, to every printed
        // digit, the exact error after 9,999 updates: an off-by-one in whatever counted the updates.
        State beforeLast = states.get(states.size() - 2);
        figures.add(new SeedFigure("E_total after 10,000 updates", "E_total after 10,000 steps", "0.0000351085",
                last.totalError(), String.format("it is the exact E_total after %d updates (%.10g), one update "
                + "short; it also disagrees with the seed's own outputs below, which give E_total = %.10g",
                beforeLast.step(), beforeLast.totalError(), seedLast.totalError())));
        figures.add(new SeedFigure("out_o1 after 10,000 updates", "out_o1 after 10,000 steps", "0.015912196",
                last.outO1(), String.format(why, seedLast.outO1())));
        figures.add(new SeedFigure("out_o2 after 10,000 updates", "out_o2 after 10,000 steps", "0.984065734",
                last.outO2(), String.format(why, seedLast.outO2())));

        line("");
        line("Training: the same step repeated (every weight updated together, biases fixed)");
        line("  %6s  %-16s %-14s %-14s", "step", "E_total", "out_o1", "out_o2");
        for (State s : states) {
            if (s.step() <= 3 || s.step() % 1000 == 0) {
                line("  %6d  %.10e %.12f %.12f", s.step(), s.totalError(), s.outO1(), s.outO2());
            }
        }
    }
}
