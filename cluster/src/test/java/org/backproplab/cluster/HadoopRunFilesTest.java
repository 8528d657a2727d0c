package org.backproplab.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.backproplab.experiments.cli.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Dspark.store through the Hadoop FileSystem API, on {@code file://}: the one Hadoop file system this machine has.
 * HDFS (no namenode here) and S3 (no bucket, and hadoop-aws is not on the classpath) are not tested; they take the
 * same code but for S3's write, which goes straight to its key instead of being renamed.
 */
class HadoopRunFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesRoundTripAndAnOverwriteLeavesTheSameBytesAndNoTemporaryFiles() throws Exception {
        Path folder = dir.resolve("sweeps/depth");
        HadoopRunFiles files = HadoopRunFiles.parse(folder.toUri().toString(), Map.of());
        assertEquals(0, files.count(), "no folder yet");
        assertEquals(Optional.empty(), files.read("a.json"));
        byte[] bytes = "{\"run\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        files.write("a.json", bytes);
        files.write("b.json", bytes);
        files.write("a.json", bytes);
        assertArrayEquals(bytes, files.read("a.json").orElseThrow());
        assertEquals(2, files.count());
        // Hadoop's local file system would add a .crc beside each file, and a failed rename would leave a temp file.
        try (Stream<Path> listed = Files.list(folder)) {
            assertEquals(List.of("a.json", "b.json"), listed.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // As sent to an executor: the URI travels, the file system is opened there.
        HadoopRunFiles copy = roundTrip(files);
        assertArrayEquals(bytes, copy.read("b.json").orElseThrow());
        assertEquals(files.where(), copy.where());
    }

    @Test
    void aWritableStorePassesItsCheckAndKeepsNoProbe() throws IOException {
        HadoopRunFiles files = HadoopRunFiles.parse("file://" + dir.toAbsolutePath(), Map.of());
        files.checkWritable();
        try (Stream<Path> listed = Files.list(dir)) {
            assertEquals(0, listed.count());
        }
    }

    @Test
    void aStoreThatCannotBeWrittenIsOneLine() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> HadoopRunFiles.parse("file:///proc/nope", Map.of()).checkWritable());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("-Dspark.store=file:///proc/nope: cannot write there"), e.getMessage());
    }

    @Test
    void badUrisAreOneLineThatNamesTheValueAndWhatWasExpected() {
        for (String uri : new String[] {"", "sweeps/depth", "/abs/path", "hdfs:///sweeps", "hdfs://namenode:8020",
                "s3a://bucket", "s3://bucket/sweeps", "gs://bucket/x", "file://host/x", "hdfs://name node/x",
                "file:relative"}) {
            UserInputException e = assertThrows(UserInputException.class, () -> HadoopRunFiles.parse(uri, Map.of()),
                    uri);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("-Dspark.store=" + uri.strip() + ": "), e.getMessage());
            assertTrue(e.getMessage().endsWith("expected hdfs://HOST:PORT/PATH, s3a://BUCKET/PATH or file:///PATH"),
                    e.getMessage());
        }
        assertEquals("hdfs://namenode:8020/sweeps/depth",
                HadoopRunFiles.parse("hdfs://namenode:8020/sweeps/depth/", Map.of()).where());
        assertEquals("s3a://bucket/sweeps", HadoopRunFiles.parse("s3a://bucket/sweeps", Map.of()).where());
        assertEquals("file:///abs/path", HadoopRunFiles.parse("file:/abs/path", Map.of()).where());
    }

    private static HadoopRunFiles roundTrip(HadoopRunFiles files) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(files);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (HadoopRunFiles) in.readObject();
        }
    }
}
