/**
 * JMH benchmarks of one training step, the engine against DL4J on the same network, weights and batches
 * ({@link org.backproplab.benchmarks.EngineStepBenchmark}, {@link org.backproplab.benchmarks.Dl4jStepBenchmark}),
 * and of the engine's matrix kernels ({@link org.backproplab.benchmarks.KernelBenchmark}).
 *
 * <p>Start with {@code benchmarks/run} and {@code benchmarks/README.md}: the script builds the module, runs JMH
 * with the thread settings each engine needs, and has {@link org.backproplab.benchmarks.JmhSummary} turn JMH's
 * JSON into {@code results/benchmarks/summary.csv}.
 */
package org.backproplab.benchmarks;
