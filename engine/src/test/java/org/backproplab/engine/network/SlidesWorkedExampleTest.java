package org.backproplab.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Explicit;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.optim.Sgd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first seed's worked example (000_a7fa32dd237eadff.txt, "4-Example implementation") run on the engine: one
 * forward pass, one backward pass and one update of the 2-2-2 sigmoid network, every figure the slides print
 * checked to the digits they print it with.
 *
 * <p>The network: inputs i1 = 0.05, i2 = 0.10; targets 0.01 and 0.99; sigmoid units throughout; biases b1 = 0.35
 * (both hidden units) and b2 = 0.60 (both outputs), never updated; {@code E_total = sum 1/2 (target - out)^2};
 * learning rate eta = 0.5. The weights are named as the slides' forward pass uses them (w1 and w2 feed h1, w3 and
 * w4 feed h2, w5 and w6 feed o1, w7 and w8 feed o2; one later slide writes {@code w3 * i2} in net_h1, a typo for
 * w2, as its own 0.3775 shows). The engine's weights are {@code nIn x nOut}, row = where a weight comes from,
 * column = the unit it feeds:
 * <pre>
 *   layer 0 (input -> h):  [[w1, w3],     layer 1 (h -> o):  [[w5, w7],
 *                           [w2, w4]]                         [w6, w8]]
 * </pre>
 */
class SlidesWorkedExampleTest {
    private static final Matrix INPUT = Matrix.row(0.05, 0.10);
    private static final Matrix TARGET = Matrix.row(0.01, 0.99);

    private static Network network;
    private static Workspace ws;
    private static double errorBefore;
    private static Gradients gradients;

    @BeforeAll
    static void oneForwardBackwardAndUpdate() {
        NetworkSpec spec = NetworkSpec.of(2, new LayerSpec(2, Activation.sigmoid()),
                new LayerSpec(2, Activation.sigmoid()));
        network = Network.create(spec, new Explicit(
                List.of(new double[][] {{0.15, 0.25}, {0.20, 0.30}}, new double[][] {{0.40, 0.50}, {0.45, 0.55}}),
                List.of(new double[] {0.35, 0.35}, new double[] {0.60, 0.60})), 0);
        ws = network.workspace(1);
        network.forward(INPUT, ws);
        errorBefore = network.backward(TARGET, Loss.sumOfSquares(), ws);
        gradients = ws.gradients();
        Sgd.withRate(0.5).holdingBiases().step(network, gradients); // w+ = w - eta * dE/dw, biases held
    }

    /** {@code value} as the slides print it, to within half a unit of its last printed digit. */
    private static void assertPrinted(String printed, double value, String what) {
        double halfUnit = 0.5 * Math.pow(10, -new BigDecimal(printed).scale());
        assertEquals(Double.parseDouble(printed), value, halfUnit, what + " (the slides print " + printed + ")");
    }

    @Test
    void theForwardPassGivesTheSlidesNetsOutputsAndTotalError() {
        assertPrinted("0.3775", ws.net(0).get(0, 0), "net_h1");
        assertPrinted("0.593269992", ws.out(0).get(0, 0), "out_h1");
        assertPrinted("0.596884378", ws.out(0).get(0, 1), "out_h2");
        assertPrinted("1.105905967", ws.net(1).get(0, 0), "net_o1");
        assertPrinted("0.75136507", ws.out(1).get(0, 0), "out_o1");
        assertPrinted("0.772928465", ws.out(1).get(0, 1), "out_o2");
        assertPrinted("0.298371109", errorBefore, "E_total");
    }

    @Test
    void theBackwardPassGivesTheSlidesPartialDerivatives() {
        assertPrinted("0.74136507", ws.dOut(1).get(0, 0), "dE_total/dout_o1");
        assertPrinted("0.138498562", ws.delta(1).get(0, 0), "dE_o1/dnet_o1, the delta of o1");
        assertPrinted("0.082167041", gradients.weights(1).get(0, 0), "dE_total/dw5");
        assertPrinted("0.036350306", ws.dOut(0).get(0, 0), "dE_total/dout_h1");
        // The delta of h1 is dE_total/dout_h1 * dout_h1/dnet_h1, so their ratio is the sigmoid's out (1 - out).
        assertPrinted("0.241300709", ws.delta(0).get(0, 0) / ws.dOut(0).get(0, 0), "dout_h1/dnet_h1");
        assertPrinted("0.000438568", gradients.weights(0).get(0, 0), "dE_total/dw1");
    }

    @Test
    void oneUpdateGivesTheSlidesNewWeightsAndLeavesTheBiases() {
        Matrix hidden = network.layer(0).weights();
        Matrix output = network.layer(1).weights();
        assertPrinted("0.149780716", hidden.get(0, 0), "w1+");
        assertPrinted("0.19956143", hidden.get(1, 0), "w2+");
        assertPrinted("0.24975114", hidden.get(0, 1), "w3+");
        assertPrinted("0.29950229", hidden.get(1, 1), "w4+");
        assertPrinted("0.35891648", output.get(0, 0), "w5+");
        assertPrinted("0.408666186", output.get(1, 0), "w6+");
        assertPrinted("0.511301270", output.get(0, 1), "w7+");
        assertPrinted("0.561370121", output.get(1, 1), "w8+");
        assertEquals(0.35, network.layer(0).biases().get(0, 0), 0.0, "b1 is never updated");
        assertEquals(0.60, network.layer(1).biases().get(0, 1), 0.0, "b2 is never updated");
    }

    /**
     * The slides print 0.291027924 here, which is what one gets by updating w5..w8 before back-propagating into
     * the hidden layer, the order the slides themselves rule out ("we use the original weights, not the updated
     * weights"). Every weight above matches the slides, and with them E is 0.291027773694.
     */
    @Test
    void theTotalErrorAfterOneUpdateIsTheOneTheUpdatedWeightsGive() {
        Workspace after = network.workspace(1);
        assertPrinted("0.291027773694", network.loss(INPUT, TARGET, Loss.sumOfSquares(), after), "E_total after");
    }
}
