package org.backproplab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Workspace;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Matrix X = Matrix.of(new double[] {1, 1}, new double[] {0.5, 0.2});
    private static final Matrix Y = Matrix.of(new double[] {1, 0}, new double[] {0, 1});

    @Test
    void saturationIsWhatInstrumentsMeasureOnTheSameBatch() {
        for (Activation f : new Activation[] {Activation.sigmoid(), Activation.tanh(), Activation.relu()}) {
            for (double w : new double[] {50.0, 0.1, -3.0}) {
                Network n = Network.create(NetworkSpec.mlp(2, 2, 4, f, 2, Activation.identity()),
                        Initializer.constant(w, 0.0), 1);
                Evaluation e = new Evaluator(n, Loss.softmaxCrossEntropy(), X, Y).evaluate(n);
                Workspace ws = n.workspace(2);
                n.forward(X, ws);
                n.backward(Y, Loss.softmaxCrossEntropy(), ws);
                Instruments in = new Instruments(n);
                in.beforeUpdate(ws);
                double[] expected = {in.saturation(0), in.saturation(1), in.saturation(2)};
                assertArrayEquals(expected, e.saturation(), f.name() + " w=" + w);
            }
        }
        // Big positive weights pin a sigmoid layer at 1 everywhere; small ones leave it in its linear middle.
        Network pinned = Network.create(NetworkSpec.mlp(2, 1, 4, Activation.sigmoid(), 2, Activation.identity()),
                Initializer.constant(50.0, 0.0), 1);
        assertEquals(1.0, new Evaluator(pinned, Loss.softmaxCrossEntropy(), X, Y).evaluate(pinned).saturation()[0]);
    }
}
