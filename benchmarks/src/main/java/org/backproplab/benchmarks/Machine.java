package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The machine the numbers come from, as /proc/cpuinfo describes it, and one core's double-precision peak derived
 * from that: clock x FLOPs per cycle.
 *
 * <p>FLOPs per cycle assume two FMA pipes as wide as the widest vector flag (an FMA is two FLOPs): 2 x 8 x 2 = 32
 * with avx512f, 2 x 4 x 2 = 16 with avx2 and fma. That is true of AMD Zen 5 and Intel's two-FMA server cores, and too
 * high for cores that split 512-bit work into two 256-bit halves (Zen 4) or have one 512-bit FMA pipe; the clock is
 * the nominal one cpuinfo shows, not the turbo clock. Both are why benchmarks/run also measures the peak
 * ({@code src/main/c/fma_peak.c}) where gcc is available.
 *
 * @param mhz the clock cpuinfo reports, in MHz (under a hypervisor usually the nominal TSC clock)
 */
public record Machine(String model, double mhz, Set<String> flags, int cores, String java) {
    public Machine {
        flags = Set.copyOf(flags);
    }

    public static Machine detect() {
        String model = "unknown";
        double mhz = Double.NaN;
        Set<String> flags = Set.of();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (key.equals("model name") && model.equals("unknown")) {
                    model = value;
                } else if (key.equals("cpu MHz") && Double.isNaN(mhz)) {
                    mhz = Double.parseDouble(value);
                } else if (key.equals("flags") && flags.isEmpty()) {
                    flags = Set.of(value.split("\\s+"));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or an unusual cpuinfo: the peak is then unknown (NaN) and the table says so.
        }
        return new Machine(model, mhz, flags, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    /** Double-precision FLOPs one core can finish per cycle, from the vector flags (see the class comment). */
    public int flopsPerCycle() {
        if (flags.contains("avx512f")) {
            return 32;
        }
        if (flags.contains("avx2") && flags.contains("fma")) {
            return 16;
        }
        if (flags.contains("avx")) {
            return 8;
        }
        return 4;
    }

    /** One core's peak at the reported clock, GFLOP/s. */
    public double nominalPeakGflops() {
        return mhz / 1000 * flopsPerCycle();
    }

    /** The vector flags that decide the peak, as found. */
    public List<String> vectorFlags() {
        return List.of("avx", "avx2", "fma", "avx512f").stream().filter(flags::contains).toList();
    }
}
