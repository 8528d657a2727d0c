/**
 * A sweep's grid and what it resolves to: the {@link org.backproplab.experiments.grid.Axis axes} every sweep is
 * declared on, the {@link org.backproplab.experiments.grid.Grid} read from the defaults and the user's settings
 * ({@link org.backproplab.experiments.grid.GridSettings}, {@link org.backproplab.experiments.grid.DataSettings}), and
 * the resolved {@link org.backproplab.experiments.grid.RunSpec} of every run, with every default chosen in one place
 * ({@link org.backproplab.experiments.grid.Defaults}).
 */
package org.backproplab.experiments.grid;

