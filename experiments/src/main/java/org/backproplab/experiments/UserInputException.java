package org.backproplab.experiments;

/**
 * A mistake in something the user typed or gave (a -D property, an experiment name, a file). {@link Main} prints
 * its message as one line and exits non-zero, without a stack trace: the message must name the bad value and
 * say what was expected.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
