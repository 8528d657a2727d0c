package org.backproplab.experiments.gradientcheck;

/**
 * What checking one {@link CheckCase} found.
 *
 * @param dl4jError   the largest relative error between the engine's and DL4J's gradient over every parameter,
 *                    or NaN where DL4J has no counterpart ({@code dl4jNote} says which)
 * @param fdError     the largest relative error between the engine's gradient and central differences
 * @param kinkSkipped parameters left out of the finite-difference check because a step crossed a kink
 */
record CheckOutcome(CheckCase c, int params, double dl4jError, String dl4jNote, double fdError, int kinkSkipped,
        boolean pass) {
}
