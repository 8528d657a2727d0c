/**
 * The experiments and their command line: {@link org.backproplab.experiments.Main} runs one by name
 * ({@code -Dexp=NAME}), {@link org.backproplab.experiments.Experiments} lists them, {@link
 * org.backproplab.experiments.Settings} reads and checks the user's {@code -D} settings, and {@link
 * org.backproplab.experiments.ResultsFolder} publishes a run's files only when it succeeds. The only module that
 * knows the engine, the data sets and the reporting.
 */
package org.backproplab.experiments;
