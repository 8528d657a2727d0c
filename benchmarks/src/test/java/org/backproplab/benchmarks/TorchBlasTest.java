package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs src/test/python/test_torch_blas.py, the tests of torch_step.py's BLAS detection (torch_blas.py) on recorded
 * torch.__config__.show() texts, OpenBLAS and reference: the detection is Python because it must run inside the
 * torch process. Needs a python3, not torch; skipped where there is no python3 at all.
 */
class TorchBlasTest {
    @Test
    void blasDetectionTellsOpenBlasFromTheReferenceBlas() throws Exception {
        File script = new File("src/test/python/test_torch_blas.py");
        assumeTrue(script.isFile(), "run from the benchmarks module directory, as Maven does");
        Process p;
        try {
            // -B: no __pycache__ left in the source tree
            p = new ProcessBuilder("python3", "-B", script.getPath()).redirectErrorStream(true).start();
        } catch (java.io.IOException noPython) {
            assumeTrue(false, "no python3 on PATH");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), output);
    }
}
