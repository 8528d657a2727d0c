/**
 * Dense row-major {@code double[]} matrices and the kernels back-propagation needs (multiply, multiply by a
 * transpose, add a row to every row, sum the rows). Every kernel writes into a buffer its caller gives, so a
 * training step allocates nothing; shapes and aliasing are checked on every call, because a wrong shape in a
 * from-scratch engine is otherwise a silently wrong gradient.
 */
package org.backproplab.engine.matrix;
