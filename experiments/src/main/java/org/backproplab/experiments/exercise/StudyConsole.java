package org.backproplab.experiments.exercise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The console of a study the write-up runs: every line goes to {@code studies.log} beside the write-up, and only
 * its progress reaches the user's console (what it trains, each finished run, where its results are), so that eight
 * studies in a row show how far they are without printing eight reports' worth of text (a trace's walkthrough is
 * in its own REPORT.md and in the log).
 */
final class StudyConsole extends OutputStream {
    /** A sweep's plan ("depth-sweep: 90 runs (...)"), a finished run ("[ 3/90] ..."), the results' folder. */
    static final Pattern PROGRESS = Pattern.compile("^(\\[ *\\d+/\\d+\\].*|[a-z0-9-]+(, [^:]+)?: \\d+ runs? \\(.*"
            + "|Results: .*|-Dresume=true: .*|resuming: .*)$");

    private final PrintStream console;
    private final Path log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private StudyConsole(PrintStream console, Path log) {
        this.console = console;
        this.log = log;
    }

    /** A print stream over {@code console} that logs every line to {@code log} and shows the progress lines. */
    static PrintStream over(PrintStream console, Path log) {
        return new PrintStream(new StudyConsole(console, log), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public void flush() {
        console.flush();
    }

    @Override
    public void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        try {
            Files.writeString(log, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (PROGRESS.matcher(text).matches()) {
            console.println("  " + text);
        }
    }
}
