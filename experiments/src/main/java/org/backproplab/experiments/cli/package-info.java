/**
 * The command line as the user meets it: {@link org.backproplab.experiments.cli.Settings} reads and checks the
 * {@code -D} settings, a bad one becomes a {@link org.backproplab.experiments.cli.UserInputException} (one line,
 * exit 2), a failure after work started is {@link org.backproplab.experiments.cli.Failure}'s one line and
 * error.log, and failed checks exit 1 ({@link org.backproplab.experiments.cli.ChecksFailedException}).
 */
package org.backproplab.experiments.cli;
