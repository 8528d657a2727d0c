package org.backproplab.experiments.family;

import org.backproplab.experiments.Sweep;
import org.backproplab.experiments.run.Axis;

/**
 * {@code -Dexp=relu-family}: ReLU and its successors at one depth, over several seeds, with the statistics to tell
 * a real difference from seed noise: mean, sd and 95% confidence interval of test accuracy and final loss, epochs
 * to reach a training loss of 0.1, and a paired t-test of each against ReLU on the same seeds (same initial-weight
 * seed, same batch order) with Holm's correction for the nine comparisons. All train at one rate, ReLU's, so
 * that the activation is the only difference; at least two seeds, as a paired test needs.
 */
public final class ReluFamily {
    public static final Sweep SWEEP = Sweep.named("relu-family",
                    "ReLU, leaky, PReLU, RReLU, ELU, SELU, GELU, Swish, Mish, softplus: accuracy, CIs, paired tests")
            .with(Axis.ACTIVATIONS, "relu,leaky-relu,prelu,rrelu,elu,selu,gelu,swish,mish,softplus")
            .with(Axis.DEPTHS, "6")
            .with(Axis.LR, "0.05")
            .epochs(30)
            .seeds(5, 2)
            .quick("seeds", "3", "epochs", "3", "depths", "3")
            .outputs(ReluFamilyOutputs::write);

    private ReluFamily() {
    }
}
