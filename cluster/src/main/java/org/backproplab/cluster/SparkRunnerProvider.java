package org.backproplab.cluster;

import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.execution.Runner;

/** Registers {@code -Drunner=spark} (META-INF/services): found only where this module is on the classpath. */
public final class SparkRunnerProvider implements Runner.Provider {
    @Override
    public String name() {
        return SparkRunner.NAME;
    }

    @Override
    public Runner create(Settings settings) {
        return SparkRunner.from(settings);
    }
}
