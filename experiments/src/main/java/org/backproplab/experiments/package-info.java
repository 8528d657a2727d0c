/**
 * The command's top: {@link org.backproplab.experiments.Main} runs one experiment by name ({@code -Dexp=NAME} or a
 * sweep file), and {@link org.backproplab.experiments.Experiments} lists every study. The only package that knows
 * them all; nothing imports it.
 *
 * <p>Packages, lowest first (each imports only those before it): {@code cli} (settings and the one-line errors)
 * &lt;- {@code grid} (what a run is) &lt;- {@code training} (the one trainer, its probes) &lt;- {@code execution}
 * (many runs, saved) &lt;- {@code stats} &lt;- {@code recipe} (what ran, where) &lt;- {@code results} (the
 * results folder) &lt;- {@code study} (experiments and sweeps as declarations) &lt;- one package per study &lt;-
 * this one.
 */
package org.backproplab.experiments;
