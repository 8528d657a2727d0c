package org.backproplab.engine.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.backproplab.engine.activation.Activation;
import org.junit.jupiter.api.Test;

/** The initialization matched to each activation, now read from its family: the same choice as before, pinned. */
class MatchedInitializerTest {
    /** What {@code matchedTo} chose by name before the families existed; any activation not named got Xavier. */
    private static final Map<String, Initializer> BEFORE = Map.of(
            "relu", new He(), "leaky-relu", new He(), "prelu", new He(), "prelu-shared", new He(),
            "rrelu", new He(), "elu", new He(), "relu6", new He(),
            "selu", new LeCunNormal());

    @Test
    void everyActivationGetsTheInitializerItGotByName() {
        Stream.concat(Activation.all().stream(), Stream.of(Activation.softmax())).forEach(a ->
                assertEquals(BEFORE.getOrDefault(a.name(), new Xavier()), Initializer.matchedTo(a), a.name()));
    }
}
