package org.backproplab.benchmarks;

import org.backproplab.reference.Dl4jReference;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * DL4J's training step on the same network, weights and batches as {@link EngineStep}: {@code MultiLayerNetwork.fit}
 * on one batch already converted to ND4J arrays (the conversion is done once here, not timed), with DL4J's SGD at the
 * same rate. DL4J divides its summed gradient by the batch size before the update, which is the engine's batch-mean
 * gradient, so the two take the same step.
 */
public final class Dl4jStep {
    private final StepData data;
    private final INDArray[] inputs;
    private final INDArray[] targets;
    private Dl4jReference dl4j;
    private int next;

    public Dl4jStep(StepData data) {
        this.data = data;
        inputs = new INDArray[data.batches()];
        targets = new INDArray[data.batches()];
        for (int b = 0; b < data.batches(); b++) {
            inputs[b] = Dl4jReference.toNd4j(data.inputs()[b]);
            targets[b] = Dl4jReference.toNd4j(data.targets()[b]);
        }
        reset();
    }

    /** One step on the next batch in the cycle; returns DL4J's score of that batch before the update. */
    public double step() {
        int b = next;
        next = b + 1 == data.batches() ? 0 : b + 1;
        return dl4j.fitAndScore(inputs[b], targets[b]);
    }

    /**
     * Back to the initial weights and the first batch. Dl4jReference has no way to overwrite its parameters, so this
     * builds DL4J's network afresh: a cost paid outside the timed steps (JMH calls it between iterations).
     */
    public void reset() {
        dl4j = new Dl4jReference(data.initial(), data.benchCase().loss(), new Sgd(StepData.RATE));
        next = 0;
    }

    /** DL4J's loss on batch {@code b} with its current weights (for checks, not for timing). */
    public double loss(int b) {
        return dl4j.computeGradientAndScore(data.inputs()[b], data.targets()[b]);
    }

    public Dl4jReference reference() {
        return dl4j;
    }
}
