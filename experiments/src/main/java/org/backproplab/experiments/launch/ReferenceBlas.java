package org.backproplab.experiments.launch;

import java.util.Map;

/**
 * The kernels of DL4J's BLAS, fixed. DL4J (dl4j-parity, gradient-check, the reference tests) multiplies through
 * OpenBLAS, which picks its kernels by the CPU it finds, and kernels that add in a different order round
 * differently: the largest engine-DL4J difference of dl4j-parity's loss curves read 1.96e-10 with OpenBLAS's
 * Skylake-X kernels (an Intel machine with AVX-512) and 4.49e-10 with its Haswell ones (this AMD EPYC, which it
 * gives those). With OpenBLAS told which kernels to use ({@code OPENBLAS_CORETYPE}), every x86-64 machine with AVX2
 * prints the same numbers, the README's. Other CPUs (ARM) keep OpenBLAS's choice; a value the user set is kept.
 */
final class ReferenceBlas {
    static final String VARIABLE = "OPENBLAS_CORETYPE";
    /** AVX2 and FMA: every x86-64 CPU since 2013-2015 (Intel Haswell, AMD Zen) runs them. */
    static final String CORE = "Haswell";

    private ReferenceBlas() {
    }

    /** Whether a JVM of this architecture needs the variable set: x86-64, where OpenBLAS takes it. */
    static boolean applies(String osArch) {
        return osArch.equals("amd64") || osArch.equals("x86_64");
    }

    /** Sets the variable in a child's environment, unless set already or not for this architecture. */
    static void set(Map<String, String> environment, String osArch) {
        if (applies(osArch)) {
            environment.putIfAbsent(VARIABLE, CORE);
        }
    }

    /** Whether a JVM with this environment already has what {@link #set} would give its child. */
    static boolean isSet(Map<String, String> environment, String osArch) {
        return !applies(osArch) || environment.containsKey(VARIABLE);
    }
}
