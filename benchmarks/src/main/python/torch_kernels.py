#!/usr/bin/env python3
"""PyTorch's matrix products on KernelBenchmark's shapes, float64, one thread: its BLAS beside the engine's kernels.

The same three products as KernelBenchmark, on the same M x K x N shapes (C is M x N, the inner dimension K):
multiply is a @ b, multiplyTransA is aT.t() @ b with aT stored K x M, multiplyTransB is a @ bT.t() with bT stored
N x K; the transposes are views, so the BLAS is called with its transpose flags and copies nothing, and C is written
into one tensor made once (torch.mm's out=). That is what the engine's kernel is measured against for "a kernel
near the FMA peak": a BLAS of the kind torch calls, not a number on paper. The kernels OpenBLAS chose are recorded
(openblas_get_corename: OpenBLAS picks them by CPU, and may not know a new one), as is OPENBLAS_CORETYPE if set.

Timing is torch_step.py's (JMH's avgt mode). Appends CSV lines kernel,m,k,n,us,error_us,iterations,torch,blas,
blas_core to --out.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_blas  # noqa: E402
import torch_step  # noqa: E402

# KernelBenchmark's @Param shapes, M x K x N.
SHAPES = ["32x30x30", "32x784x100", "64x784x256", "128x512x512"]
KERNELS = ["multiply", "multiplyTransA", "multiplyTransB"]
HEADER = "kernel,m,k,n,us,error_us,iterations,torch,blas,blas_core"


def parse_shape(text):
    try:
        m, k, n = (int(v) for v in text.split("x"))
    except ValueError:
        sys.exit(f"shape '{text}' is not MxKxN (three positive whole numbers, e.g. 64x784x256)")
    if min(m, k, n) < 1:
        sys.exit(f"shape '{text}' is not MxKxN (three positive whole numbers, e.g. 64x784x256)")
    return m, k, n


class Product:
    """One kernel on one shape: operands made once, uniform in [-1, 1) as KernelBenchmark's, C written in place."""

    def __init__(self, torch, kernel, m, k, n):
        gen = torch.Generator().manual_seed(42)

        def uniform(rows, cols):
            return torch.rand(rows, cols, generator=gen, dtype=torch.float64) * 2 - 1

        self.torch = torch
        self.c = torch.empty(m, n, dtype=torch.float64)
        if kernel == "multiply":
            self.left, self.right = uniform(m, k), uniform(k, n)
        elif kernel == "multiplyTransA":
            self.left, self.right = uniform(k, m).t(), uniform(k, n)
        else:
            self.left, self.right = uniform(m, k), uniform(n, k).t()

    def __call__(self):
        return self.torch.mm(self.left, self.right, out=self.c)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", action="append", help="M x K x N, e.g. 64x784x256 (repeatable; default "
                    + ", ".join(SHAPES) + ")")
    ap.add_argument("--kernel", action="append", help="one of " + ", ".join(KERNELS) + " (repeatable; default all)")
    ap.add_argument("--warmups", type=int, default=5)
    ap.add_argument("--warmup-time", type=float, default=1.0)
    ap.add_argument("--iterations", type=int, default=10)
    ap.add_argument("--time", type=float, default=2.0)
    ap.add_argument("--out", help="CSV file to append to (a header is written if it is new)")
    args = ap.parse_args()
    shapes = [parse_shape(s) for s in (args.shape or SHAPES)]
    kernels = args.kernel or KERNELS
    for kernel in kernels:
        if kernel not in KERNELS:
            sys.exit(f"unknown kernel '{kernel}'; expected one of: {', '.join(KERNELS)}")
    import torch

    torch.set_num_threads(1)
    blas, libs = torch_step.blas_in_use(torch)
    label = torch_blas.openblas_core(libs)
    if blas not in ("openblas", "mkl"):
        print(f"!! WARNING: torch calls the {blas} BLAS ({', '.join(libs) or 'none mapped'}), not OpenBLAS; the "
              f"CSV says blas={blas} and the summary will not publish these numbers.", file=sys.stderr)
    lines = []
    for m, k, n in shapes:
        for kernel in kernels:
            product = Product(torch, kernel, m, k, n)
            mean, error, _ = torch_step.measure(product, args.warmups, args.warmup_time, args.iterations,
                                                args.time)
            gflops = 2.0 * m * k * n / (mean * 1e3)
            print(f"torch {kernel} {m}x{k}x{n}: {mean:.4g} us +- {error:.3g} (99.9%), {gflops:.1f} GFLOP/s, "
                  f"blas {blas} {label}".rstrip())
            lines.append(f"{kernel},{m},{k},{n},{mean:.4f},{'' if error != error else f'{error:.4f}'},"
                         f"{args.iterations},{torch.__version__},{blas},{label.replace(',', ' ')}")
    if args.out and lines:
        new = not os.path.exists(args.out)
        with open(args.out, "a") as f:
            if new:
                f.write(HEADER + "\n")
            f.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
