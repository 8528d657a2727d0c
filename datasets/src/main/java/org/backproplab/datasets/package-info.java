/**
 * Data for the experiments, in plain arrays: a {@link org.backproplab.datasets.Dataset} (row-major inputs and
 * class labels) with stratified, seeded train/test {@link org.backproplab.datasets.Split}s; the seeded 2-D sets
 * of the {@link org.backproplab.datasets.Synthetic} family (spirals, circles, moons, XOR clouds), found by name
 * through {@link org.backproplab.datasets.Datasets#parse(String)}; the XOR truth table
 * ({@link org.backproplab.datasets.Xor#truthTable()}); and the seeds' single samples
 * ({@link org.backproplab.datasets.SeedExamples}).
 *
 * <p>Start at {@code Synthetic}, then {@code Dataset}. Depends on no other module of ours: the experiments module
 * adapts these arrays to the engine's matrices.
 */
package org.backproplab.datasets;
