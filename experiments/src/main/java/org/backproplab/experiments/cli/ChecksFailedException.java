package org.backproplab.experiments.cli;

/**
 * An experiment that ran to the end and wrote its results, but whose results say something is wrong (a
 * gradient check that failed): {@link Main} publishes the results, so the failures can be read, prints the
 * message and exits with status 1.
 */
public final class ChecksFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChecksFailedException(String message) {
        super(message);
    }
}
