/**
 * {@code -Dexp=relu-family}: the ReLU family compared with statistics and paired tests.
 */
package org.backproplab.experiments.relufamily;

