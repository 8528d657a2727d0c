/**
 * A user's sweep from a YAML file ({@code -Dexp=path/to/sweep.yaml}): the {@link
 * org.backproplab.experiments.usersweep.SweepFile} read and checked line by line, and the {@link
 * org.backproplab.experiments.usersweep.UserSweep} declaration whose figures and findings fit any grid.
 */
package org.backproplab.experiments.usersweep;
