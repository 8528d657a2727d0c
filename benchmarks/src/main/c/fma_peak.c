/*
 * One core's double-precision FMA throughput, measured: the number the kernel's GFLOP/s is a fraction of.
 * /proc/cpuinfo gives the nominal clock and the vector flags, but not the clock the core really runs at (turbo,
 * a hypervisor) nor how many FMA pipes it has; this loop keeps 16 independent FMA chains per width in flight,
 * enough to cover the FMA latency on every x86 core of the last ten years, and counts what they finish.
 * Built and run by benchmarks/run when gcc is there: gcc -O3 -march=native fma_peak.c (the
 * unrolled chains must stay in registers: a chain kept in memory measures the store port, not the FMA pipes).
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

#define CHAINS 16
#define ROUNDS 50000000L

#ifdef __AVX512F__
static double avx512(void) {
    __m512d acc[CHAINS];
    __m512d a = _mm512_set1_pd(0.999999), b = _mm512_set1_pd(1e-9);
    for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_set1_pd(i);
    double t0 = now();
    for (long r = 0; r < ROUNDS; r++)
#pragma GCC unroll 16
        for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_fmadd_pd(acc[i], a, b);
    double t = now() - t0;
    double sink = 0;
    for (int i = 0; i < CHAINS; i++) sink += _mm512_reduce_add_pd(acc[i]);
    if (sink == 42) printf("%g", sink);
    return 2.0 * 8 * CHAINS * ROUNDS / t / 1e9;
}
#endif

#ifdef __AVX2__
static double avx2(void) {
    __m256d acc[CHAINS];
    __m256d a = _mm256_set1_pd(0.999999), b = _mm256_set1_pd(1e-9);
    for (int i = 0; i < CHAINS; i++) acc[i] = _mm256_set1_pd(i);
    double t0 = now();
    for (long r = 0; r < ROUNDS; r++)
#pragma GCC unroll 16
        for (int i = 0; i < CHAINS; i++) acc[i] = _mm256_fmadd_pd(acc[i], a, b);
    double t = now() - t0;
    double sink = 0, lanes[4];
    for (int i = 0; i < CHAINS; i++) {
        _mm256_storeu_pd(lanes, acc[i]);
        sink += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    }
    if (sink == 42) printf("%g", sink);
    return 2.0 * 4 * CHAINS * ROUNDS / t / 1e9;
}
#endif

int main(void) {
#ifdef __AVX512F__
    printf("avx512_fma_gflops,%.1f\n", avx512());
#endif
#ifdef __AVX2__
    printf("avx2_fma_gflops,%.1f\n", avx2());
#endif
    return 0;
}
