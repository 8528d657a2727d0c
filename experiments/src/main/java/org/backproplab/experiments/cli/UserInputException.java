package org.backproplab.experiments.cli;

/**
 * A mistake in something the user typed or gave (a -D property, an experiment name, a file). {@link Main} prints
 * its message as one line and exits non-zero, without a stack trace: the message must name the bad value and
 * say what was expected.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(visible(message));
    }

    /**
     * {@code text} with every character a terminal would not show as itself written as its code: a depth pasted
     * from a web page with a non-breaking space after the 2 would otherwise read "'2 ' is not a depth" (it now
     * shows the space as backslash-u00a0), and a value with a line break in it would split the one line in two.
     */
    public static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (shownAsItself(c)) {
                sb.appendCodePoint(c);
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        });
        return sb.toString();
    }

    private static boolean shownAsItself(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE -> false;
            default -> true;
        };
    }
}
