/**
 * What ran, recorded whole: the {@link org.backproplab.experiments.recipe.Recipe} (every resolved setting and run,
 * the data, the {@link org.backproplab.experiments.recipe.Machine}, the {@link
 * org.backproplab.experiments.recipe.Versions} and the {@link org.backproplab.experiments.recipe.GitCommit}), read
 * once when the settings are, then written to manifest.json and to the end of every REPORT.md.
 */
package org.backproplab.experiments.recipe;
