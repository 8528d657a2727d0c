/**
 * One run, trained: {@link org.backproplab.experiments.training.TrainingRun} is the one trainer, a pure function of a
 * resolved spec and the data, single-threaded and seeded; its {@link org.backproplab.experiments.training.RunResult}
 * holds every epoch's record and what the study's {@link org.backproplab.experiments.training.Probe probes}
 * measured on the live network (a layer's outputs, the decision boundary, per-layer readings on a probe set), so
 * no figure trains a network again.
 */
package org.backproplab.experiments.training;

