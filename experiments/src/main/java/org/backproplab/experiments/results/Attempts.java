package org.backproplab.experiments.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backproplab.experiments.execution.AtomicFile;
import org.backproplab.experiments.execution.RunStore;

/**
 * When each attempt at an experiment ran, kept in its staging folder, so that a resumed sweep's manifest gives the
 * time the whole sweep took (an hour before the interruption plus ten minutes after is 70 minutes) and when its
 * first attempt began, not only the resumed part. An attempt killed outright (kill -9) never wrote its end; it is
 * taken as the time its last run was saved.
 */
public final class Attempts {
    static final String FILE = ".attempts.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One attempt: start and end in epoch milliseconds; end 0 while it runs. */
    public record Attempt(long start, long end) {
    }

    private final Path staging;

    Attempts(Path staging) {
        this.staging = staging;
    }

    /** Records that an attempt starts now, after the earlier ones (if this is a resume). */
    public void begin(Instant now) throws IOException {
        List<Attempt> all = new ArrayList<>(earlier());
        int last = all.size() - 1;
        if (last >= 0 && all.get(last).end() == 0) {
            all.set(last, new Attempt(all.get(last).start(), Math.max(all.get(last).start(), lastSave())));
        }
        all.add(new Attempt(now.toEpochMilli(), 0));
        write(all);
    }

    /** Records that the current attempt ended now (a success, a failure, an interruption). */
    public void end(Instant now) {
        try {
            List<Attempt> all = new ArrayList<>(earlier());
            if (!all.isEmpty()) {
                Attempt last = all.remove(all.size() - 1);
                all.add(new Attempt(last.start(), now.toEpochMilli()));
                write(all);
            }
        } catch (IOException e) {
            // The manifest then counts the attempt up to its last saved run: a duration, not the results, is at stake.
        }
    }

    /** Every attempt so far, the current one counted up to {@code now}. */
    public List<Attempt> upTo(Instant now) throws IOException {
        List<Attempt> all = new ArrayList<>(earlier());
        if (!all.isEmpty() && all.get(all.size() - 1).end() == 0) {
            Attempt last = all.remove(all.size() - 1);
            all.add(new Attempt(last.start(), now.toEpochMilli()));
        }
        return all;
    }

    public static Instant firstStart(List<Attempt> attempts, Instant fallback) {
        return attempts.isEmpty() ? fallback : Instant.ofEpochMilli(attempts.get(0).start());
    }

    public static double seconds(List<Attempt> attempts) {
        return attempts.stream().mapToLong(a -> Math.max(0, a.end() - a.start())).sum() / 1000.0;
    }

    /** The attempts recorded so far; one that never recorded its end is closed at its last saved run. */
    private List<Attempt> earlier() throws IOException {
        Path file = staging.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Attempt> all;
        try {
            all = new ArrayList<>(JSON.readValue(file.toFile(), new TypeReference<List<Attempt>>() {
            }));
        } catch (IOException e) {
            return List.of(); // unreadable: the duration restarts, the runs are unaffected
        }
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).end() == 0) {
                all.set(i, new Attempt(all.get(i).start(), Math.max(all.get(i).start(), lastSave())));
            }
        }
        return all;
    }

    private long lastSave() throws IOException {
        Path runs = staging.resolve(RunStore.FOLDER);
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(runs)) {
            long newest = 0;
            for (Path f : files.toList()) {
                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            }
            return newest;
        }
    }

    private void write(List<Attempt> all) throws IOException {
        AtomicFile.write(staging.resolve(FILE), JSON.writeValueAsBytes(all));
    }
}
