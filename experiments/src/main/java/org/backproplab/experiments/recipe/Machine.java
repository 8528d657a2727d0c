package org.backproplab.experiments.recipe;

/**
 * The machine a result was made on, read once when the recipe is built: cores, operating system, the JVM, and
 * which matrix kernel ran (it changes the speed only, never the numbers: Gemm's contract).
 */
public record Machine(int cores, String os, String osVersion, String arch, String java, String javaVendor,
        String matrixKernel) {

    /** This machine, now. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), org.backproplab.engine.matrix.MatrixKernels.implementation());
    }
}
