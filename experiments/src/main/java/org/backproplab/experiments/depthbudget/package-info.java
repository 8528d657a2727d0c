/** {@code -Dexp=depth-budget}: networks of depth 1 to 8 at equal parameter budgets, on data where depth should matter. */
package org.backproplab.experiments.depthbudget;
