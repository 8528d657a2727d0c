/**
 * How {@code mvn -pl experiments exec:java} starts an experiment without Maven printing the JVM's incubator
 * warning: {@link org.backproplab.experiments.launch.Launcher} is exec:java's main class and runs
 * {@link org.backproplab.experiments.Main} in a {@link org.backproplab.experiments.launch.ChildJvm} that has the
 * Vector API, passing on the user's settings ({@link org.backproplab.experiments.launch.UserProperties}) and the
 * child's output, less the one warning line ({@link org.backproplab.experiments.launch.BootWarningFilter}).
 */
package org.backproplab.experiments.launch;

