package org.backproplab.experiments.dl4jparity;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.network.Normalization;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Sgd;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The networks dl4j-parity trains in both engines. A class of their own because they name DL4J's updaters: the
 * experiment's list loads {@link Dl4jParity} everywhere, also where DL4J is absent (the cluster's application jar),
 * and only running it loads DL4J.
 */
final class ParityCases {
    private ParityCases() {
    }

    /** The architectures, each once with SGD and once with Adam. */
    static List<ParityCase> all() {
        record Arch(String name, NetworkSpec spec, Loss loss, int batch, int samples) {
        }
        List<Arch> archs = List.of(
                new Arch("2-2-2 sigmoid, mse", NetworkSpec.mlp(2, 1, 2, Activation.sigmoid(), 2,
                        Activation.sigmoid()), Loss.meanSquaredError(), 1, 4),
                new Arch("4-16-16-3 tanh, softmax CE", NetworkSpec.mlp(4, 2, 16, Activation.tanh(), 3,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 8, 64),
                new Arch("8-32x3-4 relu, softmax CE", NetworkSpec.mlp(8, 3, 32, Activation.relu(), 4,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 16, 128),
                new Arch("64-30x5-10 selu, softmax CE", NetworkSpec.mlp(64, 5, 30, Activation.named("selu"), 10,
                        Activation.identity()), Loss.softmaxCrossEntropy(), 32, 256),
                // Batch normalization and shortcuts together, which DL4J mirrors as a ComputationGraph
                // (Dl4jGraphReference); the running statistics are compared with the parameters. One network: DL4J's
                // graph steps are slow (100-300 ms on a busy 2-core machine), and the gradient-check covers each
                // option alone and in combination.
                new Arch("8-32x5-4 tanh+bn+res2, softmax CE", NetworkSpec.mlp(8, 5, 32, Activation.tanh(),
                        Normalization.batch(), 2, 4, Activation.identity()), Loss.softmaxCrossEntropy(), 16, 128));
        List<ParityCase> cases = new ArrayList<>();
        for (Arch a : archs) {
            cases.add(new ParityCase(a.name(), a.spec(), a.loss(), Sgd.withRate(0.1),
                    new org.nd4j.linalg.learning.config.Sgd(0.1), a.batch(), a.samples()));
            IUpdater adam = new org.nd4j.linalg.learning.config.Adam(0.01, Adam.BETA1, Adam.BETA2, Adam.EPSILON);
            cases.add(new ParityCase(a.name(), a.spec(), a.loss(), Adam.withRate(0.01), adam, a.batch(),
                    a.samples()));
        }
        return cases;
    }

}
