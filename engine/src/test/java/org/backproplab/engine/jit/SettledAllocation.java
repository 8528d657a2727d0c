package org.backproplab.engine.jit;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap bytes a loop allocates on its own thread once the JIT has settled: the tests that hold training to zero
 * allocation measure with this, in a JVM started with {@code -Xbatch}.
 *
 * <p>Why both. The matrix products use the Vector API, whose vectors are heap objects until C2 has compiled and
 * escape-analysed the kernel. With the JVM's defaults C2 compiles in the background while the loop goes on in
 * slower code, so how many iterations allocate depended on how busy the machine was (a warm-up that sufficed at
 * load 8 did not at load 14). Under {@code -Xbatch} the thread that reaches a compile threshold waits for the
 * compiled code, so which code iteration n runs is a function of n alone. And "settled" is read from the JVM's own
 * list of installed code ({@link CompiledCode}), never from a clock: a window is measured after a window in which
 * no code was installed or invalidated.
 */
public final class SettledAllocation {
    /** Windows before giving up: the loops here settle in two or three. */
    public static final int MAX_WINDOWS = 20;

    private SettledAllocation() {
    }

    /** What was measured: the settled window's bytes (or -1 if none settled) and every window, for a message. */
    public record Result(long bytes, List<String> windows) {
        public boolean settled() {
            return bytes >= 0;
        }

        @Override
        public String toString() {
            return String.join("; ", windows);
        }
    }

    /**
     * Runs {@code body} in windows of {@code window} iterations until one in which the JIT installed and invalidated
     * nothing; returns that window's bytes. A window must be long enough for every method of the body to be called
     * more than 5,000 times (HotSpot's tiered thresholds: a method moves up a tier after at most that many calls), so
     * that a method still on its way to C2 cannot sit through one unseen.
     */
    public static Result measure(Runnable body, int window) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes(); // its first call loads classes; later ones allocate nothing
        List<String> windows = new ArrayList<>();
        for (int w = 1; w <= MAX_WINDOWS; w++) {
            CompiledCode before = CompiledCode.now();
            long start = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < window; i++) {
                body.run();
            }
            long bytes = threads.getCurrentThreadAllocatedBytes() - start;
            CompiledCode after = CompiledCode.now();
            boolean settled = after.equals(before);
            windows.add("window " + w + ": " + bytes + " bytes, JIT " + (settled ? "settled"
                    : after.changesSince(before)));
            if (settled) {
                return new Result(bytes, windows);
            }
        }
        return new Result(-1, windows);
    }
}
