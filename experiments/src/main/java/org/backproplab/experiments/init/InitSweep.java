package org.backproplab.experiments.init;

import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.run.Axis;

/**
 * {@code -Dexp=init-sweep}: which initialization lets which activation train deep: {standard uniform, Xavier,
 * He, LeCun normal} x depths 5, 10, 15, 20 for sigmoid, tanh, ReLU and SELU, plain SGD on digits, each activation
 * at its own learning rate.
 */
public final class InitSweep {
    public static final Sweep SWEEP = Sweep.named("init-sweep",
                    "initialization x depth 5-20 for sigmoid, tanh, ReLU, SELU: which combinations train deep")
            .with(Axis.ACTIVATIONS, "sigmoid,tanh,relu,selu")
            .with(Axis.INIT, "uniform,xavier,he,lecun-normal")
            .with(Axis.DEPTHS, "5,10,15,20")
            .epochs(10)
            .seeds(2, 1)
            .swept(Axis.ACTIVATIONS, Axis.INIT, Axis.DEPTHS)
            .quick("seeds", "1", "epochs", "2", "depths", "5,10")
            .outputs(InitSweepOutputs::write);

    private InitSweep() {
    }
}
