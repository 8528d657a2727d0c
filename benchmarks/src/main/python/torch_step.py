#!/usr/bin/env python3
"""One PyTorch SGD training step of benchmarks/run's networks, timed as JMH times the engine's.

A step is what EngineStep does: forward on the next of 8 cycled mini-batches, the loss, backward, SGD at rate
0.01, zero_grad. The networks are BenchCase.all()'s: same layer sizes, activations and loss (MSE as the engine's
MeanSquaredError, the mean over batch x outputs, which is torch's reduction='mean'; softmax cross-entropy as the
mean over the batch). Float64 and float32, one thread.

Timing mirrors JMH's avgt mode: warm-up iterations of a fixed time, then measured iterations of a fixed time, each
giving its mean time per step; the result is the mean of those with JMH's error, the 99.9% confidence half-width
(Student's t). Appends CSV lines network,batch,dtype,us,error_us,iterations,torch,blas to --out.
"""
import argparse
import math
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_blas  # noqa: E402

RATE = 0.01
BATCHES = 8
# name: (batch, layer widths from the inputs, hidden activation, output activation, loss, targets)
CASES = {
    "2-2-2": (1, [2, 2, 2], "sigmoid", "sigmoid", "mse", "unit"),
    "2-8-1": (4, [2, 8, 1], "tanh", "sigmoid", "mse", "xor"),
    "64-30x5-10": (32, [64] + [30] * 5 + [10], "relu", "identity", "softmax_ce", "one_hot"),
    "784-100-10": (32, [784, 100, 10], "relu", "identity", "softmax_ce", "one_hot"),
    "784-256-256-10": (64, [784, 256, 256, 10], "relu", "identity", "softmax_ce", "one_hot"),
    "512x4": (128, [512] * 5, "relu", "identity", "mse", "signed"),
}
# Student's t at 0.9995 (two-sided 99.9%, as JMH), by degrees of freedom; beyond 30 the normal's 3.291.
T_999 = {1: 636.62, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041, 9: 4.781,
         10: 4.587, 15: 4.073, 20: 3.850, 30: 3.646}


def t_quantile(df):
    if df < 1:
        return math.nan
    return T_999.get(df) or T_999[max(k for k in T_999 if k <= df)] if df <= 30 else 3.291


def build(torch, name, dtype):
    batch, widths, hidden, output, loss, targets = CASES[name]
    act = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}
    layers = []
    for i in range(len(widths) - 1):
        linear = torch.nn.Linear(widths[i], widths[i + 1])
        torch.nn.init.xavier_uniform_(linear.weight)  # the engine's Initializer.xavier, as a distribution
        torch.nn.init.zeros_(linear.bias)
        layers.append(linear)
        kind = hidden if i < len(widths) - 2 else output
        if kind != "identity":
            layers.append(act[kind]())
    model = torch.nn.Sequential(*layers).to(dtype)
    gen = torch.Generator().manual_seed(42)
    xs, ys = [], []
    for _ in range(1 if targets == "xor" else BATCHES):
        if targets == "xor":
            x = torch.tensor([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=dtype)
            y = torch.tensor([[0], [1], [1], [0]], dtype=dtype)
        else:
            x = torch.rand(batch, widths[0], generator=gen, dtype=dtype) * 2 - 1
            if targets == "unit":
                y = torch.rand(batch, widths[-1], generator=gen, dtype=dtype) * 0.98 + 0.01
            elif targets == "signed":
                y = torch.rand(batch, widths[-1], generator=gen, dtype=dtype) * 2 - 1
            else:
                y = torch.randint(widths[-1], (batch,), generator=gen)  # class indices: cross_entropy's one-hot
        xs.append(x)
        ys.append(y)
    criterion = torch.nn.MSELoss() if loss == "mse" else torch.nn.CrossEntropyLoss()
    return model, criterion, xs, ys


class Step:
    """EngineStep's step: forward, loss, backward, SGD, zero_grad, on the next batch of the cycle."""

    def __init__(self, torch, name, dtype):
        self.model, self.criterion, self.xs, self.ys = build(torch, name, dtype)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=RATE)
        self.next = 0

    def __call__(self):
        b = self.next
        self.next = (b + 1) % len(self.xs)
        loss = self.criterion(self.model(self.xs[b]), self.ys[b])
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=False)
        return loss


def iteration(step, seconds):
    """Steps for at least `seconds`; the mean microseconds per step."""
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(8):  # checking the clock every step would time the clock on 2-2-2
            step()
        count += 8
        now = time.perf_counter()
        if now >= deadline:
            return (now - start) * 1e6 / count


def measure(step, warmups, warmup_time, iterations, time_per_iteration):
    for _ in range(warmups):
        iteration(step, warmup_time)
    samples = [iteration(step, time_per_iteration) for _ in range(iterations)]
    mean = sum(samples) / len(samples)
    if len(samples) < 2:
        return mean, math.nan, samples
    sd = math.sqrt(sum((s - mean) ** 2 for s in samples) / (len(samples) - 1))
    return mean, t_quantile(len(samples) - 1) * sd / math.sqrt(len(samples)), samples


def blas_in_use(torch):
    torch.ones(64, 64, dtype=torch.float64) @ torch.ones(64, 64, dtype=torch.float64)  # loads the BLAS
    with open("/proc/self/maps") as f:
        paths = [os.path.realpath(p) for p in torch_blas.mapped_paths(f.read())]
    return torch_blas.classify(torch.__config__.show(), paths), [p for p in paths if "blas" in p]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--network", action="append", help="a case of BenchCase.all() (repeatable; default all)")
    ap.add_argument("--warmups", type=int, default=5)
    ap.add_argument("--warmup-time", type=float, default=1.0)
    ap.add_argument("--iterations", type=int, default=10)
    ap.add_argument("--time", type=float, default=2.0)
    ap.add_argument("--out", help="CSV file to append to (a header is written if it is new)")
    ap.add_argument("--check", action="store_true", help="print parameter counts and first losses, time nothing")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    blas, libs = blas_in_use(torch)
    core = torch_blas.openblas_core(libs)
    if core:
        print(f"torch {torch.__version__}, OpenBLAS with its kernels for {core}")
    if blas not in ("openblas", "mkl"):
        print(f"!! WARNING: torch calls the {blas} BLAS ({', '.join(libs) or 'none mapped'}), not OpenBLAS: its "
              "times are 10-20x too slow on the large networks; install libopenblas0-serial. The CSV says "
              f"blas={blas} and the summary will not publish these numbers.", file=sys.stderr)
    names = args.network or list(CASES)
    for name in names:
        if name not in CASES:
            sys.exit(f"unknown network '{name}'; expected one of: {', '.join(CASES)}")
    lines = []
    for name in names:
        for dtype, label in ((torch.float64, "f64"), (torch.float32, "f32")):
            step = Step(torch, name, dtype)
            if args.check:
                params = sum(p.numel() for p in step.model.parameters())
                losses = [float(step()) for _ in range(3)]
                print(f"{name} {label}: {params} parameters, losses of the first 3 steps {losses}")
                continue
            mean, error, _ = measure(step, args.warmups, args.warmup_time, args.iterations, args.time)
            line = (f"{name},{CASES[name][0]},{label},{mean:.4f},{'' if math.isnan(error) else f'{error:.4f}'},"
                    f"{args.iterations},{torch.__version__},{blas}")
            print(f"torch {name} {label}: {mean:.4g} us/step +- {error:.3g} (99.9%), blas {blas}")
            lines.append(line)
    if args.out and lines:
        new = not os.path.exists(args.out)
        with open(args.out, "a") as f:
            if new:
                f.write("network,batch,dtype,us,error_us,iterations,torch,blas\n")
            f.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
