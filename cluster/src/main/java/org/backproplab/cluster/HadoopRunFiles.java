package org.backproplab.cluster;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.backproplab.experiments.cli.UserInputException;
import org.backproplab.experiments.execution.RunFiles;

/**
 * {@code -Dspark.store=URI}: a run store's files where every executor can write them, through the Hadoop FileSystem
 * API that Spark brings ({@code hdfs://}, {@code s3a://}, {@code file://}). Each task writes its run there the
 * moment it is trained, so a run survives the driver; a resume reads them back from there.
 *
 * <p>Serializable: it is sent to the executors with each task and keeps only the URI and the {@code
 * -Dspark.hadoop.*} settings; each JVM opens the file system itself, when it first needs it ({@link FileSystem#get}
 * caches one per JVM, so this is cheap per task and never closed here).
 */
final class HadoopRunFiles implements RunFiles, Serializable {
    private static final long serialVersionUID = 1L;
    private static final String EXPECTED = "expected hdfs://HOST:PORT/PATH, s3a://BUCKET/PATH or file:///PATH";

    private final String uri;
    private final TreeMap<String, String> hadoop;
    private transient FileSystem fs;

    private HadoopRunFiles(String uri, Map<String, String> hadoop) {
        this.uri = uri;
        this.hadoop = new TreeMap<>(hadoop);
    }

    /**
     * The store {@code raw} names, checked for form only: an unsupported scheme or a missing bucket is one line
     * here, not a stack trace from an executor an hour later. {@code hadoop} are Hadoop settings (from {@code
     * -Dspark.hadoop.NAME}, as Spark takes them: an S3 endpoint, credentials).
     */
    static HadoopRunFiles parse(String raw, Map<String, String> hadoop) {
        String text = raw.strip();
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw bad(text, "not a URI (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
        switch (scheme) {
            case "hdfs", "s3a" -> {
                if (u.getHost() == null) {
                    throw bad(text, "no " + (scheme.equals("s3a") ? "bucket" : "namenode host"));
                }
                if (path.isEmpty()) {
                    throw bad(text, "no folder after the " + (scheme.equals("s3a") ? "bucket" : "host"));
                }
            }
            case "file" -> {
                if (u.getAuthority() != null || path.isEmpty()) {
                    throw bad(text, "a file URI names an absolute folder with three slashes");
                }
            }
            case "" -> throw bad(text, "no scheme");
            default -> throw bad(text, "scheme " + scheme + ": is not supported" + (scheme.equals("s3")
                    || scheme.equals("s3n") ? " (Hadoop's S3 client is s3a)" : ""));
        }
        return new HadoopRunFiles(scheme + "://" + (u.getRawAuthority() == null ? "" : u.getRawAuthority())
                + path, hadoop);
    }

    private static UserInputException bad(String raw, String why) {
        return new UserInputException("-Dspark.store=" + raw + ": " + why + "; " + EXPECTED);
    }

    /**
     * Fails with one line unless a small file can be written and deleted in the store, so that a store the user
     * cannot write stops the sweep before anything is trained (and nothing already there is touched). This checks
     * the driver only: a {@code file://} store on a real cluster must be a folder every machine shares.
     */
    void checkWritable() {
        String probe = ".probe-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        try {
            writeWhole(new Path(folder(), probe), new byte[] {'{', '}'});
            fs().delete(new Path(folder(), probe), false);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("").strip();
            String hint = uri.startsWith("s3a:") && why.contains("No FileSystem for scheme")
                    ? " (s3a needs hadoop-aws on the classpath: spark-submit --packages "
                            + "org.apache.hadoop:hadoop-aws:3.4.2)" : "";
            throw new UserInputException(UserInputException.visible("-Dspark.store=" + uri + ": cannot write there ("
                    + why + ")" + hint + "; expected a folder the driver and every executor can write"));
        }
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        try (var in = fs().open(new Path(folder(), name))) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String name, byte[] bytes) throws IOException {
        Path target = new Path(folder(), name);
        if (uri.startsWith("s3a:")) {
            // S3 has no rename (S3A copies, then deletes), but a PUT is atomic: the object appears whole when the
            // stream closes, or not at all. So straight to its key.
            writeWhole(target, bytes);
            return;
        }
        // Elsewhere as on this machine: beside its name, then renamed, so a reader never sees half of it.
        Path temp = new Path(folder(), "." + name + ".tmp-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        boolean moved = false;
        try {
            writeWhole(temp, bytes);
            moved = fs().rename(temp, target);
            if (!moved) {
                // Hadoop's rename does not replace (HDFS answers false when the target exists): a run saved again
                // (a retried task, a resume) replaces the old file. Absent for a moment, never half-written.
                fs().delete(target, false);
                moved = fs().rename(temp, target);
            }
            if (!moved) {
                throw new IOException("could not rename " + temp + " to " + target);
            }
        } finally {
            if (!moved) {
                try {
                    fs().delete(temp, false);
                } catch (IOException e) {
                    // The write's own failure is the one to report; a hidden temp file is ignored by count().
                }
            }
        }
    }

    private void writeWhole(Path file, byte[] bytes) throws IOException {
        try (FSDataOutputStream out = fs().create(file, true)) {
            out.write(bytes);
        }
    }

    @Override
    public int count() {
        try {
            int n = 0;
            for (FileStatus f : fs().listStatus(folder())) {
                n += f.isFile() && f.getPath().getName().endsWith(".json") ? 1 : 0;
            }
            return n;
        } catch (FileNotFoundException e) {
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public String where() {
        return uri;
    }

    private Path folder() {
        return new Path(uri);
    }

    private FileSystem fs() throws IOException {
        if (fs == null) {
            Configuration conf = new Configuration();
            hadoop.forEach(conf::set);
            FileSystem opened = FileSystem.get(URI.create(uri), conf);
            // The local file system writes a .crc file beside every file; the raw one beneath it does not, so the
            // store holds the run files only, as the staging folder does.
            fs = opened instanceof LocalFileSystem local ? local.getRaw() : opened;
        }
        return fs;
    }
}
