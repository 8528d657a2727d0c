package org.backproplab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What torch_step.py wrote (torch.csv: {@code network,batch,dtype,us,error_us,iterations,torch,blas}), or why there
 * is nothing: torch absent, or a torch that calls the reference BLAS, whose times the summary refuses to publish
 * (10-20x too slow on the large networks, they would make the engine look far better than it is).
 *
 * @param status "measured", "absent" or "refused: ... BLAS"; the summary prints it where the numbers would be
 */
public record TorchResults(Map<String, TorchTimes> byNetwork, String version, String blas, String status) {
    static final String HEADER = "network,batch,dtype,us,error_us,iterations,torch,blas";
    private static final Set<String> FAST_BLAS = Set.of("openblas", "mkl");

    public TorchResults {
        byNetwork = Map.copyOf(byNetwork);
    }

    /** No torch run: every torch cell is empty. */
    public static TorchResults absent() {
        return new TorchResults(Map.of(), "absent", "absent", "absent");
    }

    public static TorchResults read(Path csv) throws IOException {
        return parse(Files.readAllLines(csv));
    }

    static TorchResults parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("torch CSV must start with '" + HEADER + "', got "
                    + (lines.isEmpty() ? "an empty file" : "'" + lines.get(0) + "'"));
        }
        Map<String, TorchTimes> times = new LinkedHashMap<>();
        String version = "absent";
        String blas = "absent";
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("torch CSV line needs 8 fields: '" + line + "'");
            }
            BenchCase.named(f[0]); // refuses a network the engine does not have
            times.put(f[0], times.getOrDefault(f[0], TorchTimes.NONE).with(f[2], number(f[3]), number(f[4])));
            version = f[6];
            if (!blas.equals("absent") && !blas.equals(f[7])) {
                throw new IllegalArgumentException("torch CSV mixes BLAS libraries: " + blas + " and " + f[7]);
            }
            blas = f[7];
        }
        if (times.isEmpty()) {
            return absent();
        }
        if (!FAST_BLAS.contains(blas)) {
            return new TorchResults(Map.of(), version, blas, "refused: torch called the " + blas + " BLAS");
        }
        return new TorchResults(times, version, blas, "measured");
    }

    /** The network's times, or all NaN. */
    public TorchTimes of(String network) {
        return byNetwork.getOrDefault(network, TorchTimes.NONE);
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
