/**
 * What an experiment leaves behind for a reader: CSV tables ({@link org.backproplab.reporting.CsvWriter}),
 * PNG line charts with bands across seeds ({@link org.backproplab.reporting.LineChart}), summary statistics
 * ({@link org.backproplab.reporting.MeanSd}) and Markdown reports
 * ({@link org.backproplab.reporting.MarkdownReport}).
 *
 * <p>This module knows nothing of networks or data sets: it takes numbers and names, so that the experiments
 * module is the only one that knows all the others.
 */
package org.backproplab.reporting;
