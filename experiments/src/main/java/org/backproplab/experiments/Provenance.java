package org.backproplab.experiments;

/**
 * The recipe behind a result, for the end of its REPORT.md: {@link Recipe#describe} of the running experiment's
 * recipe. It reads nothing of its own: the machine, versions and commit were read once, into the recipe, when the
 * settings were.
 */
public final class Provenance {
    private Provenance() {
    }

    public static String describe(RunContext ctx) {
        return ctx.recipe().describe();
    }
}
