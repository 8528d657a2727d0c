/**
 * What a study is and how it is declared: an {@link org.backproplab.experiments.study.Experiment} runs in a {@link
 * org.backproplab.experiments.study.RunContext}; a training study is a {@link
 * org.backproplab.experiments.study.Sweep} (its axes' defaults, its probes, its {@link
 * org.backproplab.experiments.study.Report}). The shared code groups a sweep's results into {@link
 * org.backproplab.experiments.study.Cells} and writes its runs.csv, summary.csv, figures and REPORT.md from what the
 * report declares.
 */
package org.backproplab.experiments.study;
