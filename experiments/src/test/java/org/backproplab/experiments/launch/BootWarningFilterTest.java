package org.backproplab.experiments.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BootWarningFilterTest {
    private static final String NL = System.lineSeparator();

    private static String filtered(String stderr) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BootWarningFilter.copy(new ByteArrayInputStream(stderr.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBootWarningIsDroppedAndEverythingAfterItKept() throws IOException {
        assertEquals("interrupted: 6 finished runs are kept" + NL + "\u00e9t\u00e9 \u2713",
                filtered(BootWarningFilter.WARNING + NL + "interrupted: 6 finished runs are kept" + NL
                        + "\u00e9t\u00e9 \u2713"));
    }

    @Test
    void anotherFirstLineIsKeptWhole() throws IOException {
        assertEquals("error: unknown experiment 'x'" + NL, filtered("error: unknown experiment 'x'" + NL));
        assertEquals("WARNING: Using incubator modules: jdk.incubator.vector, jdk.incubator.foo" + NL,
                filtered("WARNING: Using incubator modules: jdk.incubator.vector, jdk.incubator.foo" + NL));
    }

    @Test
    void theWarningLaterOnIsTheProgramsOwnAndKept() throws IOException {
        String later = "first" + NL + BootWarningFilter.WARNING + NL;
        assertEquals(later, filtered(later));
    }

    @Test
    void aStreamThatEndsEarlyIsPassedOnAsItIs() throws IOException {
        assertEquals("", filtered(""));
        assertEquals("WARNING: Using", filtered("WARNING: Using"));
        assertEquals(BootWarningFilter.WARNING, filtered(BootWarningFilter.WARNING));
    }
}
