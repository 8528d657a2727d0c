/**
 * Statistics over seeds: intervals that stay inside what they describe, the tests behind the findings, and
 * per-epoch means of runs of different lengths.
 */
package org.backproplab.experiments.stats;

