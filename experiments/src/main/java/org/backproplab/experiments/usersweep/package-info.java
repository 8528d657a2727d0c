/**
 * A user's sweep from a YAML file ({@code -Dexp=path/to/sweep.yaml}): the figures and findings that fit any grid.
 */
package org.backproplab.experiments.usersweep;
