package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The test JVMs are started as JvmOptions says (the root pom's engine.jvm property), so the tests see what users run. */
class JvmOptionsTest {
    @Test
    void theseTestsRunWithEveryOption() {
        assertEquals(List.of(), JvmOptions.missing(),
                "the root pom's engine.jvm property and JvmOptions.all() disagree, or surefire's argLine lost it");
    }
}
