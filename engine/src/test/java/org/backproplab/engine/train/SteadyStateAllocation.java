package org.backproplab.engine.train;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Heap bytes a warmed-up loop allocates on its own thread, for the tests that hold training to zero allocation.
 *
 * <p>The least of several windows, not one: the JIT may still recompile a method during any one window (after a
 * deoptimization, say), and until it has, that method runs in the interpreter, where every Vector API value is
 * a heap object. A steady-state allocation shows in every window; a recompilation, in one.
 */
final class SteadyStateAllocation {
    private static final int WINDOWS = 5;

    private SteadyStateAllocation() {
    }

    /** Runs {@code body} {@code warmUp} times, then {@code window} times per window; returns a readable result. */
    static Result measure(Runnable body, int warmUp, int window) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            body.run();
        }
        long[] windows = new long[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < window; i++) {
                body.run();
            }
            windows[w] = threads.getCurrentThreadAllocatedBytes() - before;
            if (windows[w] == 0) {
                break;
            }
        }
        return new Result(Arrays.stream(windows).min().orElseThrow(), Arrays.toString(windows));
    }

    record Result(long least, String windows) {
    }
}
