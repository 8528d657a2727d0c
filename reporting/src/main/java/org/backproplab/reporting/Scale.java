package org.backproplab.reporting;

/** How a chart's value axis is drawn: linear, or logarithmic for quantities that span decades (loss, gradients). */
public enum Scale {
    LINEAR,
    LOG
}
