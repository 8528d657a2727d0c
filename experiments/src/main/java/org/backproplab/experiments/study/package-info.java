/**
 * Studies as declarations: a sweep's results grouped into {@link org.backproplab.experiments.study.Cells}, and
 * the shared code that writes its runs.csv, summary.csv, figures and REPORT.md from what its {@link
 * org.backproplab.experiments.study.Report} declares.
 */
package org.backproplab.experiments.study;
