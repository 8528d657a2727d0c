package org.backproplab.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failure of an experiment (not of the user's input) as one line a user can act on: a full disk, a write that
 * was refused, memory that ran out, or a defect of ours, named by its type, its message and where it happened.
 * The stack trace, which helps whoever fixes the defect and nobody else, goes to a file ({@link #log}).
 */
public final class Failure {
    private Failure() {
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof IOException) {
                root = t;
                break;
            }
            root = t;
        }
        if (root instanceof OutOfMemoryError) {
            return String.format(Locale.ROOT, "the JVM ran out of memory (%s; its heap may grow to %.1f GB): give it "
                    + "more (MAVEN_OPTS=-Xmx16g), train fewer runs at once (-Dthreads=1) or smaller networks",
                    root.getMessage(), Runtime.getRuntime().maxMemory() / 1e9);
        }
        if (root instanceof FileSystemException f) {
            String reason = f.getReason() == null ? root.getClass().getSimpleName() : f.getReason();
            return "could not write " + (f.getFile() == null ? "a file" : f.getFile()) + " (" + reason + ")"
                    + diskHint(reason);
        }
        if (root instanceof IOException io) {
            String reason = String.valueOf(io.getMessage());
            return "could not read or write a file (" + reason + ")" + diskHint(reason);
        }
        StackTraceElement at = firstOfOurs(root);
        return root.getClass().getSimpleName() + ": " + root.getMessage() + (at == null ? ""
                : " (at " + at.getFileName() + ":" + at.getLineNumber() + ")");
    }

    private static String diskHint(String reason) {
        return reason.toLowerCase(Locale.ROOT).contains("no space left") ? ": the disk is full" : "";
    }

    private static StackTraceElement firstOfOurs(Throwable e) {
        for (StackTraceElement s : e.getStackTrace()) {
            if (s.getClassName().startsWith("org.backproplab.")) {
                return s;
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    }

    /** Writes {@code e}'s stack trace to {@code file}; returns whether it could (a full disk may refuse). */
    public static boolean log(Path file, Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException | UncheckedIOException | SecurityException ioe) {
            return false;
        }
    }
}
