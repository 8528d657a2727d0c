/**
 * What an experiment leaves behind for a reader: CSV tables ({@link org.backproplab.reporting.CsvWriter}),
 * PNG figures, summary statistics ({@link org.backproplab.reporting.MeanSd}) and Markdown reports
 * ({@link org.backproplab.reporting.MarkdownReport}). The figures: line charts with bands across seeds
 * ({@link org.backproplab.reporting.LineChart}), box plots of a result across seeds
 * ({@link org.backproplab.reporting.BoxPlot}), heat maps of a result over two settings
 * ({@link org.backproplab.reporting.HeatMap}), a classifier's decision regions over the plane
 * ({@link org.backproplab.reporting.DecisionBoundary}) and histograms of several samples
 * ({@link org.backproplab.reporting.Histogram}), each a {@link org.backproplab.reporting.Chart}, several of which
 * can share a PNG as small multiples ({@link org.backproplab.reporting.ContactSheet}). All share one look
 * ({@code ChartStyle}), give an activation the same colour everywhere ({@link org.backproplab.reporting.Palette})
 * and any other name the same colour across an experiment's figures ({@link org.backproplab.reporting.Colours}).
 * Every chart is readable by construction (fixed windows for constant series, bounded log ticks, x axes that end
 * at the data, a legend limit), and {@link org.backproplab.reporting.FigureCheck} says what is wrong with one
 * that is not; with assertions on, as in the tests, no PNG is written that fails it.
 *
 * <p>A REPORT.md can be handed in as one file: {@link org.backproplab.reporting.HtmlReport} makes it a
 * self-contained report.html (figures and style sheet inside it, well-formed XHTML), and
 * {@link org.backproplab.reporting.PdfReport} lays that page out as an A4 report.pdf, in fonts it embeds.
 *
 * <p>This module knows nothing of networks or data sets: it takes numbers and names, so that the experiments
 * module is the only one that knows all the others.
 */
package org.backproplab.reporting;
