package org.backproplab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.engine.JvmOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Fork;

/**
 * Every benchmark's forks run with the engine's JVM options, as users' JVMs do. The options are written out in each
 * {@code @Fork}: JMH's annotation processor cannot read a constant from another class there.
 */
class ForkOptionsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {EngineStepBenchmark.class, ActivationStepBenchmark.class, KernelBenchmark.class,
            Dl4jStepBenchmark.class, LayerOptionsBenchmark.class})
    void theForksHaveTheEnginesJvmOptions(Class<?> benchmark) {
        List<String> options = List.of(benchmark.getAnnotation(Fork.class).jvmArgsAppend());
        assertTrue(options.containsAll(JvmOptions.all()), benchmark.getSimpleName() + " forks with " + options
                + "; expected every one of " + JvmOptions.all());
    }
}
