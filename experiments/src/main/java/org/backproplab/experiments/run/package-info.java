/**
 * One training run and a sweep of them: a {@link org.backproplab.experiments.run.RunSpec} fully specifies a
 * run, {@link org.backproplab.experiments.run.TrainingRun} trains and measures it single-threaded from its seed,
 * and {@link org.backproplab.experiments.run.SweepRunner} runs many on a thread pool, reporting progress, with
 * results that do not depend on the number of threads.
 */
package org.backproplab.experiments.run;
