package org.backproplab.benchmarks;

import java.lang.management.ManagementFactory;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many native threads ND4J computes with, and a check that it is the number asked for.
 *
 * <p>In nd4j-native 1.0.0-M2.1 the only setting that reaches every native pool is the environment variable
 * {@code OMP_NUM_THREADS}, read once when the library loads: {@code NativeOpsHolder} passes it to OpenMP, libnd4j's
 * own thread pool reads it for its {@code maxThreads}, and OpenBLAS reads it when it has no {@code
 * OPENBLAS_NUM_THREADS}. Setting it from Java after loading does not reach every pool (measured here: {@code
 * NativeOps.setOmpNumThreads(1)} lowers OpenMP's count only, {@code Nd4j.getEnvironment().setMaxThreads(1)} leaves
 * libnd4j's at the core count; M2.1 has no {@code Nd4j.setNumThreads}). So the benchmarks
 * take the number from the environment and refuse to run if any pool disagrees; {@link #main} measures it (process
 * CPU time over wall time while DL4J steps the largest network).
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** The thread counts ND4J reports: OpenMP's maximum and libnd4j's own maximum. */
    public record Counts(String environment, int openMp, int nd4j) {
    }

    public static Counts counts() {
        Nd4j.getBackend(); // NativeOpsHolder needs ND4J's backend loaded first
        int openMp = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        return new Counts(System.getenv("OMP_NUM_THREADS"), openMp, Nd4j.getEnvironment().maxThreads());
    }

    /** Refuses to go on unless the environment and both of ND4J's pools say {@code threads}. */
    public static void require(int threads) {
        String env = System.getenv("OMP_NUM_THREADS");
        if (env == null || !env.trim().equals(Integer.toString(threads))) {
            throw new IllegalStateException("DL4J timed with threads=" + threads + " needs OMP_NUM_THREADS="
                    + threads + " in the environment JMH is started from, got " + env
                    + " (ND4J reads it once, when its native library loads; benchmarks/run sets it)");
        }
        Counts counts = counts();
        if (counts.openMp() != threads || counts.nd4j() != threads) {
            throw new IllegalStateException("OMP_NUM_THREADS=" + threads + " but ND4J computes with " + counts);
        }
    }

    /**
     * Prints the counts and the cores DL4J actually kept busy while stepping {@code args[0]} (default 512x4) for
     * about two seconds: CPU time of the whole process (native threads included) over wall time.
     */
    public static void main(String[] args) {
        BenchCase c = BenchCase.named(args.length > 0 ? args[0] : "512x4");
        Dl4jStep dl4j = new Dl4jStep(StepData.of(c, BenchSeeds.DATA));
        for (int i = 0; i < 20; i++) {
            dl4j.step();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        int steps = 0;
        while (System.nanoTime() - wall0 < 2_000_000_000L) {
            dl4j.step();
            steps++;
        }
        double wall = System.nanoTime() - wall0;
        double busy = (os.getProcessCpuTime() - cpu0) / wall;
        Counts counts = counts();
        System.out.printf("OMP_NUM_THREADS=%s: OpenMP max threads %d, libnd4j max threads %d; "
                        + "%s: %d DL4J steps kept %.2f cores busy (%.0f us/step)%n",
                counts.environment(), counts.openMp(), counts.nd4j(), c.name(), steps, busy, wall / steps / 1e3);
    }
}
