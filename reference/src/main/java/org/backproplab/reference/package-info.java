/**
 * DeepLearning4J as the independent reference for the engine: {@link org.backproplab.reference.Dl4jReference}
 * builds DL4J's copy of an engine network (same layers, weights, loss) and reads back its gradients and training
 * steps; {@link org.backproplab.reference.Dl4jGraphReference} does the same as a {@code ComputationGraph}, for
 * networks with batch normalization and residual connections. The conventions reconciled, and where DL4J has no
 * counterpart or computes something else, are stated on those classes. Used by this module's tests and by the
 * gradient-check experiment; never by the engine.
 */
package org.backproplab.reference;
