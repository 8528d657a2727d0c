/**
 * Dense row-major {@code double[]} matrices and the kernels back-propagation needs (multiply, multiply by a
 * transpose, add a row to every row, sum the rows; {@link org.backproplab.engine.network} says which equation of the
 * slides each one computes). The products run on the JDK's Vector API when the JVM has it
 * ({@code --add-modules jdk.incubator.vector}) and on a scalar kernel otherwise, with the same results. Every
 * kernel writes into a buffer its caller gives, so a training step allocates nothing; shapes and aliasing are
 * checked on every call, because a wrong shape in a from-scratch engine is otherwise a silently wrong gradient.
 */
package org.backproplab.engine.matrix;
