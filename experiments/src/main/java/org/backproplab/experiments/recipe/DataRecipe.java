package org.backproplab.experiments.recipe;

/**
 * The data behind a sweep, as its recipe records it: what it is, the SHA-256 of every number the runs saw (so an
 * edited file is never mistaken for the old one), and how it was split.
 */
public record DataRecipe(String description, String sha256, long splitSeed, double testFraction) {
}
