package org.backproplab.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What batch normalization and shortcuts add to an engine step, as a ratio to the same network without them, measured
 * so that other work on the machine cannot fake it: the cases of {@link LayerOptionsBenchmark} take turns, round after
 * round, in one JVM on one thread, and each round counts the stepping thread's own CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), not the wall clock, so time spent waiting for a core counts for
 * none of them. A busy machine still slows each step a little (shared caches), but it slows the variant and its plain
 * twin alike within a round, and the ratio is of medians over rounds. JMH's {@link LayerOptionsBenchmark} is the
 * absolute number on a quiet machine; this is the relative one on a busy one.
 *
 * <p>{@code java -cp ... org.backproplab.benchmarks.LayerOptionsCost [rounds] [ms per case per round]}: 40 rounds of
 * about 50 ms each by default, after 2 s of warm-up per case. Prints one Markdown row per case.
 */
public final class LayerOptionsCost {
    private LayerOptionsCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double roundMillis = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        if (rounds < 1 || !(roundMillis > 0)) {
            throw new IllegalArgumentException("rounds must be >= 1 and ms per round > 0, got " + rounds + " and "
                    + roundMillis);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot read a thread's CPU time; expected HotSpot on Linux");
        }
        List<String> names = List.of("64-30x5-10-tanh", "64-30x5-10-tanh+bn", "64-30x5-10-tanh+res2",
                "64-30x5-10-tanh+bn+res2", "784-256-256-10", "784-256-256-10+bn");
        List<EngineStep> steps = new ArrayList<>();
        double sink = 0;
        int[] perRound = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            EngineStep e = new EngineStep(StepData.of(BenchCase.named(names.get(c)), BenchSeeds.DATA));
            steps.add(e);
            // Warm-up: 2 s of steps (C2 compiles the step), then as many steps as take roundMillis.
            long end = System.nanoTime() + 2_000_000_000L;
            int n = 0;
            long t0 = threads.getCurrentThreadCpuTime();
            while (System.nanoTime() < end) {
                sink += e.step();
                n++;
            }
            double nanosPerStep = (threads.getCurrentThreadCpuTime() - t0) / (double) n;
            perRound[c] = Math.max(1, (int) (roundMillis * 1e6 / nanosPerStep));
        }
        double[][] micros = new double[names.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < names.size(); c++) {
                EngineStep e = steps.get(c);
                e.reset(); // every round the same steps, from the same weights
                long t0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound[c]; i++) {
                    sink += e.step();
                }
                micros[c][r] = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / perRound[c];
            }
        }
        System.out.printf("%d rounds; steps per round: %s%n", rounds, Arrays.toString(perRound));
        System.out.println("| network | batch | CPU us/step, median (min-max) | vs plain (median of rounds) |");
        System.out.println("|---|---:|---:|---:|");
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            int plus = name.indexOf('+');
            int twin = plus < 0 ? c : names.indexOf(name.substring(0, plus));
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = micros[c][r] / micros[twin][r];
            }
            double[] sorted = micros[c].clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %d | %s (%s-%s) | %s |%n", name, BenchCase.named(name).batch(),
                    Format.short3(median(micros[c])), Format.short3(sorted[0]), Format.short3(sorted[rounds - 1]),
                    plus < 0 ? "1" : String.format(java.util.Locale.ROOT, "%.3f", median(ratio)));
        }
        // Printed so that the losses are used: C2 may not drop the loss's arithmetic from the step.
        System.out.println("(sum of the losses: " + sink + ")");
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
