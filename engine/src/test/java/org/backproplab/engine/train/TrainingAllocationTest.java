package org.backproplab.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.backproplab.engine.init.Initializer;
import org.backproplab.engine.jit.SettledAllocation;
import org.backproplab.engine.loss.Loss;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkSpec;
import org.backproplab.engine.optim.Adam;
import org.backproplab.engine.optim.Momentum;
import org.backproplab.engine.optim.Nesterov;
import org.backproplab.engine.optim.Optimizer;
import org.backproplab.engine.optim.RmsProp;
import org.backproplab.engine.optim.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Training allocates nothing on the heap once the JIT has compiled it: every optimizer, the Vector API kernel, the
 * instruments. Measured exactly on the training thread by {@link SettledAllocation}, which needs {@code -Xbatch}:
 * the engine's pom runs the {@code *AllocationTest} classes, and only those, in a surefire execution of their own
 * with that flag, so that no count here depends on how busy the machine is.
 */
class TrainingAllocationTest {
    private static final Matrix XOR_X = Matrix.of(
            new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1});
    private static final Matrix XOR_Y = Matrix.of(
            new double[] {1, 0}, new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0});
    private static final NetworkSpec SPEC = NetworkSpec.mlp(2, 1, 8, Activation.tanh(), 2, Activation.identity());

    static Stream<Optimizer> optimizers() {
        return Stream.of(Sgd.withRate(0.1), Momentum.withRate(0.1, 0.9), Nesterov.withRate(0.1, 0.9),
                Adam.withRate(0.01), RmsProp.withRate(0.01));
    }

    @Test
    void theseTestsRunUnderXbatch() {
        assertTrue(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xbatch"),
                "these tests need -Xbatch, which the engine pom's 'allocation' execution adds (mvn -pl engine test); "
                        + "-Dtest=TrainingAllocationTest also runs them in the default execution, without it, where "
                        + "the counts would depend on how busy the machine is");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void aTrainingEpochAllocatesNothing(Optimizer optimizer) {
        Network n = Network.create(SPEC, Initializer.xavier(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), optimizer, 3, XOR_X, XOR_Y, 1);
        // Windows of 10,000 epochs of 2 steps: every method of a step is called well past C2's threshold in one.
        assertNoBytes(SettledAllocation.measure(t::epoch, 10_000));
    }

    @Test
    void anEpochOnLayersWideEnoughForTheVectorKernelAllocatesNothing() {
        // XOR's net is too small for the Vector API blocks (fewer than 8 rows): this one runs them, all of them
        // (30 = 24 + an overlapping 8 columns, 10 = 8 + an overlapping 8, batches of 32 and a last one of 8).
        Matrix x = randomInputs(200, 16, 4);
        Matrix y = randomLabels(200, 10, 4);
        Network n = Network.create(NetworkSpec.mlp(16, 2, 30, Activation.relu(), 10, Activation.identity()),
                Initializer.he(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.01), 32, x, y, 1);
        // 7 steps an epoch: 1,000 epochs are 7,000 calls of each kernel method.
        assertNoBytes(SettledAllocation.measure(t::epoch, 1_000));
    }

    /** The transcendental activations' Vector API loops, one activation at a time (the JIT inlines a lone one deepest). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sigmoid", "tanh", "elu", "selu", "softplus", "swish", "mish", "gelu-tanh", "gelu"})
    void anEpochWithAVectorizedActivationAllocatesNothing(String activation) {
        Matrix x = randomInputs(200, 16, 8);
        Matrix y = randomLabels(200, 10, 8);
        Network n = Network.create(NetworkSpec.mlp(16, 2, 30, Activation.named(activation), 10,
                Activation.identity()), Initializer.xavier(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.01), 32, x, y, 1);
        assertNoBytes(SettledAllocation.measure(t::epoch, 500));
    }

    /**
     * The relu-family order: a GELU run after a ReLU run in one JVM. On JDK 17, without JvmOptions.TRAP_LIMIT, C2
     * compiled the GELU's loops after the ReLU's warm-up had put traps on the Vector API's internals, refused their
     * intrinsics, and an epoch here allocated 8.9 MB.
     */
    @Test
    void aGeluEpochAfterAReluRunAllocatesNothingOnEveryPieceOfPhi() {
        Matrix x = randomInputs(200, 16, 9);
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] *= 6; // net inputs out to |x| ~ 10: every piece of Phi, the far tail's included
        }
        Matrix y = randomLabels(200, 10, 9);
        Network relu = Network.create(NetworkSpec.mlp(16, 2, 30, Activation.relu(), 10, Activation.identity()),
                Initializer.xavier(), 1);
        Trainer first = new Trainer(relu, Loss.softmaxCrossEntropy(), Sgd.withRate(0.01), 32, x, y, 1);
        assertNoBytes(SettledAllocation.measure(first::epoch, 500));
        Network gelu = Network.create(NetworkSpec.mlp(16, 2, 30, Activation.named("gelu"), 10,
                Activation.identity()), Initializer.xavier(), 1);
        Trainer t = new Trainer(gelu, Loss.softmaxCrossEntropy(), Sgd.withRate(0.01), 32, x, y, 1);
        assertNoBytes(SettledAllocation.measure(t::epoch, 500));
    }

    @Test
    void anEpochOnTwoCoresAllocatesNothing() {
        // Products large enough to be shared (batch 32 x 200 x 200) and weights whose updates are (200 x 200
        // elements): handing either to the helper allocates nothing.
        Matrix x = randomInputs(128, 200, 6);
        Matrix y = randomLabels(128, 10, 6);
        Network n = Network.create(NetworkSpec.mlp(200, 2, 200, Activation.relu(), 10, Activation.identity()),
                Initializer.he(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Adam.withRate(0.001), 32, x, y, 1);
        try (org.backproplab.engine.matrix.Cores two = org.backproplab.engine.matrix.Cores.of(2)) {
            t.useCores(two);
            assertNoBytes(SettledAllocation.measure(t::epoch, 300));
        }
    }

    @Test
    void anEpochWithBatchNormalizationAndResidualConnectionsAllocatesNothing() {
        Matrix x = new Matrix(40, 6);
        Matrix y = new Matrix(40, 3);
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 6; j++) {
                x.set(i, j, r.nextDouble(-1, 1));
            }
            y.set(i, r.nextInt(3), 1.0);
        }
        Network n = Network.create(NetworkSpec.mlp(6, 5, 12, Activation.tanh(),
                org.backproplab.engine.network.Normalization.batch(), 2, 3, Activation.identity()),
                Initializer.xavier(), 1);
        // Batches of 16 and a last one of 8: both workspaces' normalization buffers; Adam walks gamma and beta.
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Adam.withRate(0.01), 16, x, y, 1);
        assertNoBytes(SettledAllocation.measure(t::epoch, 2_000));
    }

    @Test
    void anInstrumentedEpochAllocatesNothing() {
        Matrix x = Matrix.of(new double[] {0.5, -1.0}, new double[] {2.0, 0.3});
        Matrix y = Matrix.of(new double[] {1, 0}, new double[] {0, 1});
        Network n = Network.create(NetworkSpec.mlp(2, 2, 4, Activation.tanh(), 2, Activation.identity()),
                Initializer.xavier(), 1);
        Trainer t = new Trainer(n, Loss.softmaxCrossEntropy(), Sgd.withRate(0.1), 1, x, y, 1);
        Instruments in = new Instruments(n);
        double[] sink = new double[1];
        Trainer.StepObserver observer = s -> sink[0] += s.updateRatio(0);
        assertNoBytes(SettledAllocation.measure(() -> t.epoch(in, observer), 10_000));
        assertTrue(sink[0] > 0);
    }

    private static void assertNoBytes(SettledAllocation.Result result) {
        assertTrue(result.settled(), "the JIT was still compiling after " + SettledAllocation.MAX_WINDOWS
                + " windows: " + result);
        assertEquals(0, result.bytes(), result.toString());
    }

    /** Inputs uniform in (-1, 1), the same for the same seed (TrainerTest's too). */
    static Matrix randomInputs(int rows, int cols, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        Matrix x = new Matrix(rows, cols);
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = r.nextDouble(-1, 1);
        }
        return x;
    }

    /** One-hot labels of {@code classes} classes drawn uniformly. */
    static Matrix randomLabels(int rows, int classes, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(~seed);
        Matrix y = new Matrix(rows, classes);
        for (int i = 0; i < rows; i++) {
            y.set(i, r.nextInt(classes), 1.0);
        }
        return y;
    }
}
