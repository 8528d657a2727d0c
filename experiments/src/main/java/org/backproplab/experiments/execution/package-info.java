/**
 * Running many runs: on a thread pool ({@link org.backproplab.experiments.execution.SweepRunner}, {@link
 * org.backproplab.experiments.execution.Parallel}), each saved as it finishes ({@link
 * org.backproplab.experiments.execution.RunStore}) so a sweep resumes, with progress and a memory check first. The
 * numbers do not depend on the thread count.
 */
package org.backproplab.experiments.execution;

