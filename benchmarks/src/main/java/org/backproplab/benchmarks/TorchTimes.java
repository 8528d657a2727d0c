package org.backproplab.benchmarks;

/**
 * PyTorch's one-core step of one network, as torch_step.py measured it: microseconds per step in float64 and
 * float32 with their 99.9% error half-widths; NaN where not measured.
 */
public record TorchTimes(double f64Micros, double f64ErrorMicros, double f32Micros, double f32ErrorMicros) {
    static final TorchTimes NONE = new TorchTimes(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    TorchTimes with(String dtype, double micros, double errorMicros) {
        return switch (dtype) {
            case "f64" -> new TorchTimes(micros, errorMicros, f32Micros, f32ErrorMicros);
            case "f32" -> new TorchTimes(f64Micros, f64ErrorMicros, micros, errorMicros);
            default -> throw new IllegalArgumentException("torch dtype must be f64 or f32, got '" + dtype + "'");
        };
    }
}
