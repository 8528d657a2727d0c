package org.backproplab.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.backproplab.engine.matrix.Cores;
import org.backproplab.engine.matrix.Matrix;
import org.backproplab.engine.matrix.MatrixKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's three matrix products alone, one core, on shapes a training step meets: {@code MxKxN} is an
 * {@code M x N} result with an inner dimension of K, i.e. {@code 2 M K N} floating-point operations, which the
 * summary turns into GFLOP/s. {@code multiply} is the forward pass ({@code net = out W}), {@code multiplyTransA}
 * the weight gradient ({@code out^T delta}), {@code multiplyTransB} the error sent back ({@code delta W^T}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=10000"})
@Threads(1)
@State(Scope.Thread)
public class KernelBenchmark {
    /**
     * M x K x N: the forward products of a hidden layer of 64-30x5-10 (batch 32), of 784-100-10 (32),
     * 784-256-256-10 (64) and 512x4 (128).
     */
    @Param({"32x30x30", "32x784x100", "64x784x256", "128x512x512"})
    public String shape;

    /**
     * The cores the product is shared between ({@code Cores}): 1, the summary's one-core figures; 2 or more to see
     * what one product gains from the machine's other cores, apart from the rest of a step.
     */
    @Param({"1"})
    public int cores;

    private Cores shared;

    private Matrix a;
    private Matrix aTransposed;
    private Matrix b;
    private Matrix bTransposed;
    private Matrix transposeScratch;
    private Matrix c;

    @Setup
    public void build() {
        KernelShape s = KernelShape.parse(shape);
        SplittableRandom random = new SplittableRandom(BenchSeeds.KERNEL);
        a = random(s.m(), s.k(), random);
        aTransposed = random(s.k(), s.m(), random);
        b = random(s.k(), s.n(), random);
        bTransposed = random(s.n(), s.k(), random);
        transposeScratch = new Matrix(s.k(), s.n());
        c = new Matrix(s.m(), s.n());
        shared = Cores.of(cores);
    }

    @TearDown
    public void close() {
        shared.close();
    }

    private static Matrix random(int rows, int cols, SplittableRandom random) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] = random.nextDouble(-1, 1);
        }
        return m;
    }

    @Benchmark
    public Matrix multiply() {
        MatrixKernels.multiply(a, b, c, shared);
        return c;
    }

    @Benchmark
    public Matrix multiplyTransA() {
        MatrixKernels.multiplyTransA(aTransposed, b, c, shared);
        return c;
    }

    @Benchmark
    public Matrix multiplyTransB() {
        MatrixKernels.multiplyTransB(a, bTransposed, c, transposeScratch, shared); // as a training step: its copy of W^T included
        return c;
    }
}
