package org.backproplab.experiments.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceBlasTest {
    @Test
    void anX86ChildGetsHaswellKernels() {
        Map<String, String> env = new HashMap<>();
        ReferenceBlas.set(env, "amd64");
        assertEquals(Map.of("OPENBLAS_CORETYPE", "Haswell"), env);
        assertTrue(ReferenceBlas.isSet(env, "amd64"));
        assertFalse(ReferenceBlas.isSet(Map.of(), "x86_64"));
    }

    @Test
    void aValueTheUserSetIsKept() {
        Map<String, String> env = new HashMap<>(Map.of("OPENBLAS_CORETYPE", "SkylakeX"));
        ReferenceBlas.set(env, "amd64");
        assertEquals("SkylakeX", env.get("OPENBLAS_CORETYPE"));
    }

    @Test
    void otherCpusKeepOpenBlasChoice() {
        Map<String, String> env = new HashMap<>();
        ReferenceBlas.set(env, "aarch64");
        assertEquals(Map.of(), env);
        assertTrue(ReferenceBlas.isSet(env, "aarch64"));
    }
}
