package org.backproplab.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The options a JVM that trains with the engine is started with: every JVM this project starts (tests, the
 * experiments' launcher and {@code experiments/run}, benchmark forks, Spark executors) takes them from here.
 *
 * <p>{@link #VECTOR_API}: without the Vector API the products and activations run scalar, about 10x slower, with
 * the same bits.
 *
 * <p>{@link #TRAP_LIMIT}: on JDK 17 a vectorized loop that C2 compiles after other vector code has warmed up can
 * lose its intrinsics and put every vector on the heap (a GELU epoch after a ReLU run allocated 8.9 MB and took
 * 4.7x as long; {@code TrainingAllocationTest}). C2 adds up, over every call it inlines, the uncommon traps each
 * inlined method has taken anywhere; the Vector API's internals ({@code VectorSupport.binaryOp},
 * {@code lanewiseTemplate}, ...) each take a few while they are compiled on their own during warm-up, and a loop of
 * a few dozen vector operations inlines each of them as many times, past the default {@code PerMethodTrapLimit} of 100. C2 then
 * stops trusting type profiles in that compilation, the vector classes stop being constants, and the intrinsics
 * are refused ("missing constant: vclass", {@code -XX:+PrintIntrinsics}). JDK 25 does not do this. The limit
 * raised to 10,000 keeps the per-bytecode limits that stop a recompilation loop.
 */
public final class JvmOptions {
    private static final String TRAPS = "10000";
    public static final String VECTOR_API = "--add-modules=jdk.incubator.vector";
    public static final String TRAP_LIMIT = "-XX:PerMethodTrapLimit=" + TRAPS;

    private JvmOptions() {
    }

    /** Both, in the order a {@code java} command line takes them. */
    public static List<String> all() {
        return List.of(VECTOR_API, TRAP_LIMIT);
    }

    /** Those of {@link #all} this JVM was not started with, by their effect (the module, the flag's value). */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            missing.add(VECTOR_API);
        }
        if (!TRAPS.equals(hotSpotOption("PerMethodTrapLimit", TRAPS))) {
            missing.add(TRAP_LIMIT);
        }
        return missing;
    }

    /** A HotSpot flag's value; {@code otherwise} on a JVM that has no such flag (it needs no such workaround). */
    private static String hotSpotOption(String name, String otherwise) {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            return hotSpot == null ? otherwise : hotSpot.getVMOption(name).getValue();
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
