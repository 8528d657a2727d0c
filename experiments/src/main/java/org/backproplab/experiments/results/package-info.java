/**
 * The results folder: {@link org.backproplab.experiments.results.ResultsFolder} stages a run's files and publishes
 * them only when it succeeds (keeping finished runs for a resume when it does not), {@link
 * org.backproplab.experiments.results.Attempts} counts the time of every attempt, {@link
 * org.backproplab.experiments.results.Manifest} writes manifest.json and {@link
 * org.backproplab.experiments.results.ResultsIndex} the index of every study's report.
 */
package org.backproplab.experiments.results;
