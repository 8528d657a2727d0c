package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.experiments.cli.ChecksFailedException;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.study.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path results;

    private final MainHarness main = new MainHarness();

    private int run(String name, String... settings) {
        return main.run(results, name, settings);
    }

    private String errText() {
        return main.err();
    }

    /** Row {@code row}'s values in the named columns of a CSV file's {@code lines} (header first), comma-joined. */
    private static String columns(List<String> lines, int row, String... names) {
        List<String> header = List.of(lines.get(0).split(","));
        String[] values = lines.get(row).split(",", -1);
        List<String> out = new java.util.ArrayList<>();
        for (String name : names) {
            assertTrue(header.contains(name), name + " in " + lines.get(0));
            out.add(values[header.indexOf(name)]);
        }
        return String.join(",", out);
    }

    /** A depth sweep small enough for a unit test: 2 activations x depths 1..2 x 2 seeds, 3 epochs. */
    private static final String[] TINY = {"depths", "1..2", "seeds", "2", "epochs", "3", "activations", "tanh,relu"};

    @Test
    void listPrintsOneLinePerExperiment() {
        assertEquals(0, run("list"));
        String text = main.out();
        for (Experiment e : Experiments.all()) {
            assertTrue(text.contains(e.name() + " "), text);
        }
        for (String d : org.backproplab.datasets.Datasets.names()) {
            assertTrue(text.contains("  " + d + " "), d);
        }
    }

    @Test
    void anUnknownExperimentPrintsTheListAndExitsNonZero() {
        assertEquals(2, run("depth-swep"));
        assertTrue(errText().startsWith("error: unknown experiment 'depth-swep'"), errText());
        assertTrue(errText().contains("depth-sweep"), errText());
    }

    @Test
    void aBadSettingIsOneLineNamingTheValueAndLeavesEarlierResultsIntact() throws IOException {
        Path old = Files.createDirectories(results.resolve("depth-sweep")).resolve("summary.csv");
        Files.writeString(old, "earlier results");
        assertEquals(2, run("depth-sweep", "seeds", "three"));
        assertEquals("error: -Dseeds=three is not a whole number; expected an integer from 1 to 100\n", errText());
        assertEquals("earlier results", Files.readString(old));
    }

    @Test
    void badListsAndRangesAreNamedToo() {
        assertEquals(2, run("depth-sweep", "activations", "relu,swsih"));
        assertTrue(errText().startsWith("error: -Dactivations=relu,swsih: unknown activation 'swsih'; expected one "
                + "of: identity, sigmoid, tanh, relu, leaky-relu,"), errText());
        assertEquals(1, errText().lines().count(), errText());
        main.reset();
        assertEquals(2, run("depth-sweep", "lr", "-1"));
        assertEquals("error: -Dlr=-1: '-1' is out of range; expected numbers in (0, 100.0], a log range such as "
                + "1e-4..10/2 (two per decade), or auto\n", errText());
        main.reset();
        assertEquals(2, run("depth-sweep", "dataset", "mnist"));
        assertTrue(errText().startsWith("error: -Ddataset=mnist: "), errText());
        assertEquals(1, errText().lines().count(), errText());
    }

    @Test
    void anUnwritableResultsFolderIsOneLine() throws IOException {
        Path file = Files.writeString(results.resolve("not-a-folder"), "x");
        assertEquals(2, main.run(file, "backprop-trace"));
        assertTrue(errText().startsWith("error: cannot write results under " + file), errText());
        assertEquals(1, errText().lines().count(), errText());
    }

    @Test
    void dataFilesThatCannotBeUsedAreOneLineEach() throws IOException {
        Path empty = Files.createDirectories(results.resolve("no-mnist-here"));
        assertEquals(2, run("depth-sweep", "dataset", "mnist", "data.dir", empty.toString()));
        assertEquals("error: -Ddataset=mnist: " + empty.resolve("train-images-idx3-ubyte") + ": missing (looked for "
                + "train-images-idx3-ubyte and train-images-idx3-ubyte.gz in " + empty + ")\n", errText());
        main.reset();
        Path bad = Files.writeString(results.resolve("bad.csv"), "a,label\n1,0\nx,1\n");
        assertEquals(2, run("depth-sweep", "dataset", bad.toString()));
        assertEquals("error: -Ddataset=" + bad + ": " + bad + ": line 3, column 'a': 'x' is not a finite number\n",
                errText());
    }

    @Test
    void aUsersCsvFileTrainsEndToEnd() throws IOException {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 40; i++) {
            text.append(i % 7).append(',').append(i % 5).append(',').append(i % 2 == 0 ? "3" : "8").append('\n');
        }
        Path csv = Files.writeString(results.resolve("mine.csv"), text);
        assertEquals(0, run("depth-sweep", with(TINY, "dataset", csv.toString())), errText());
        assertTrue(Files.readString(results.resolve("depth-sweep/REPORT.md")).contains("CSV file " + csv));
    }

    @Test
    void gradientCheckWritesEveryCaseAndPasses() throws IOException {
        assertEquals(0, run("gradient-check", "depths", "1", "networks", "5"), errText());
        List<String> rows = Files.readAllLines(results.resolve("gradient-check/summary.csv"));
        assertTrue(rows.get(0).startsWith("case,kind,activations,loss,depth,batch,params,max_rel_error_dl4j,"
                + "max_rel_error_fd,fd_params_at_kinks,pass"), rows.get(0));
        // Every activation x every loss x depth 1, every activation x the 4 layer options at depth 1, then 5
        // random networks.
        int activations = org.backproplab.engine.activation.Activation.all().size();
        int grid = activations * org.backproplab.engine.loss.Loss.all().size();
        assertEquals(1 + grid + activations * 4 + 5, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(",batch-norm + residual 2") && r.contains(",options,")),
                String.join("\n", rows));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains(",true,")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains("gelu") && r.contains(",n/a,")));
        assertTrue(Files.size(results.resolve("gradient-check/errors.png")) > 0);
    }

    @Test
    void dl4jParityTrainsBothEnginesAlike() throws IOException {
        assertEquals(0, run("dl4j-parity", "steps", "20"), errText());
        List<String> rows = Files.readAllLines(results.resolve("dl4j-parity/summary.csv"));
        assertEquals("network,optimizer,steps,max_loss_diff,max_param_rel_diff,engine_step_ms,dl4j_step_ms",
                rows.get(0));
        assertEquals(1 + 10, rows.size()); // 5 networks (1 with batch norm and shortcuts) x SGD, Adam
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertTrue(Double.parseDouble(cells[3]) < 1e-9, row);
            assertTrue(Double.parseDouble(cells[4]) < 1e-6, row);
        }
    }

    @Test
    void failedChecksPublishTheirResultsAndExitOne() throws IOException {
        Experiment failing = new Experiment() {
            @Override
            public String name() {
                return "always-fails";
            }

            @Override
            public String description() {
                return "writes a table, then reports a failed check";
            }

            @Override
            public Configured configure(Settings s) {
                return ctx -> {
                    Files.writeString(ctx.file("summary.csv"), "case,pass\n1,false\n");
                    throw new ChecksFailedException("1 of 1 cases failed");
                };
            }
        };
        assertEquals(1, main.run(results, failing));
        assertEquals("error: 1 of 1 cases failed\n", errText());
        assertEquals("case,pass\n1,false\n", Files.readString(results.resolve("always-fails/summary.csv")));
    }

    @Test
    void vanishingGradientWritesEveryLayerOfEveryEpoch() throws IOException {
        assertEquals(0, run("vanishing-gradient", "seeds", "1", "epochs", "1", "activations", "sigmoid,relu",
                "nielsen.seeds", "2"),
                errText());
        List<String> rows = Files.readAllLines(results.resolve("vanishing-gradient/layers.csv"));
        assertTrue(rows.get(0).startsWith("activation,init,depth,seed,epoch,layer,grad_norm,act_mean,act_sd,"
                + "saturation"), rows.get(0));
        // 2 activations x 2 inits x 1 seed x 2 epochs (0 and 1) x 4 hidden layers.
        assertEquals(1 + 2 * 2 * 2 * 4, rows.size());
        String report = Files.readString(results.resolve("vanishing-gradient/REPORT.md"));
        assertTrue(report.contains("sigmoid, standard: at initialization the first hidden layer receives a "
                + "gradient"), report);
    }

    @Test
    void xorShowsThatIdentityUnitsCannotLearnIt() throws IOException {
        assertEquals(0, run("xor", "seeds", "3", "epochs", "3000", "activations", "identity,tanh"), errText());
        List<String> rows = Files.readAllLines(results.resolve("xor/summary.csv"));
        assertEquals(1 + 2 * (1 + 3), rows.size());
        assertTrue(rows.stream().filter(r -> r.startsWith("identity,")).allMatch(r -> r.contains(",false,")));
        assertTrue(rows.stream().filter(r -> r.startsWith("tanh,xavier")).allMatch(r -> r.contains(",true,")),
                String.join("\n", rows));
        String report = Files.readString(results.resolve("xor/REPORT.md"));
        assertTrue(report.contains("identity: 0 of 3 random starts learn XOR"), report);
        assertTrue(report.contains("no linear map separates XOR"), report);
    }

    @Test
    void lrSweepCoversElevenRatesAndCountsDivergedRuns() throws IOException {
        assertEquals(0, run("lr-sweep", "seeds", "1", "epochs", "2", "activations", "relu"), errText());
        List<String> rows = Files.readAllLines(results.resolve("lr-sweep/summary.csv"));
        assertEquals("activation,depth,width,budget,norm,residual,lr,init,optimizer,loss,batch,epochs,dataset,split_seed,"
                + "test_fraction,parameters,seeds,"
                + "diverged,test_accuracy_mean,test_accuracy_sd,test_accuracy_ci95_low,test_accuracy_ci95_high,"
                + "final_train_loss_mean,final_train_loss_sd,first_layer_gradient_at_init_mean,"
                + "gradient_ratio_at_init_mean,train_time_ms", rows.get(0));
        assertEquals(1 + 11, rows.size());
        assertEquals("relu,1.0E-4,1", columns(rows, 1, "activation", "lr", "seeds"), rows.get(1));
        assertEquals("relu,10.0,1", columns(rows, 11, "activation", "lr", "seeds"), rows.get(11));
    }

    @Test
    void aRunWhoseLossBlowsUpStopsAndSaysWhen() {
        var data = org.backproplab.experiments.grid.TrainingData.of("xor", org.backproplab.datasets.Xor.standard(1)
                .load(0.25, 1));
        var spec = new org.backproplab.experiments.grid.RunSpec(org.backproplab.engine.activation.Activation
                .identity(), 3, 16, org.backproplab.engine.init.Initializer.xavier(), 50.0, 8, 30, 1);
        var result = org.backproplab.experiments.training.TrainingRun.run(spec, data);
        assertTrue(result.diverged(), "a linear net at learning rate 50 should blow up");
        assertEquals(result.divergedAt() + 1, result.epochs().size());
        assertTrue(!Double.isFinite(result.last().trainLoss()));
    }

    @Test
    void runsThatDivergeAreStoppedCountedAndTheSweepGoesOn() throws IOException {
        assertEquals(0, run("lr-sweep", "activations", "identity", "lr", "0.01,50", "seeds", "2", "epochs", "6",
                "dataset", "xor", "depths", "3", "width", "16"), errText());
        List<String> summary = Files.readAllLines(results.resolve("lr-sweep/summary.csv"));
        assertEquals("identity,0.01,2,0", columns(summary, 1, "activation", "lr", "seeds", "diverged"),
                summary.get(1));
        assertEquals("identity,50.0,2,2", columns(summary, 2, "activation", "lr", "seeds", "diverged"),
                summary.get(2));
        List<String> runs = Files.readAllLines(results.resolve("lr-sweep/runs.csv"));
        List<Integer> diverged = java.util.stream.IntStream.range(1, runs.size())
                .filter(i -> columns(runs, i, "activation", "lr").equals("identity,50.0")).boxed().toList();
        String epoch = columns(runs, diverged.get(0), "diverged_at_epoch");
        assertTrue(Integer.parseInt(epoch) < 6, "stopped early: " + diverged.stream().map(runs::get)
                .toList());
        // The run's rows end at the epoch it diverged: epochs 0..divergedAt.
        assertEquals(Integer.parseInt(epoch) + 1, diverged.stream().filter(i -> columns(runs, i, "seed").equals("1"))
                .count());
        assertTrue(Files.readString(results.resolve("lr-sweep/REPORT.md")).contains("runs diverged (loss NaN or infinite) at learning rate 50 (2 of 2)"));
    }

    @Test
    void initSweepCoversEveryCombinationAndRefusesABadDepth() throws IOException {
        assertEquals(0, run("init-sweep", "depths", "2,3", "seeds", "1", "epochs", "1", "activations", "relu",
                "init", "he,xavier"), errText());
        List<String> rows = Files.readAllLines(results.resolve("init-sweep/summary.csv"));
        assertEquals(1 + 2 * 2, rows.size());
        assertEquals("relu,he,2,1,0", columns(rows, 1, "activation", "init", "depth", "seeds", "diverged"),
                rows.get(1));
        main.reset();
        assertEquals(2, run("init-sweep", "depths", "5,ten"));
        assertEquals("error: -Ddepths=5,ten: 'ten' is not a depth; expected whole numbers from 1 to 200 or a range "
                + "such as 1..10\n", errText());
    }

    @Test
    void quickRunsSmallAndOutNamesTheFolder() throws IOException {
        assertEquals(0, run("depth-sweep", "quick", "true", "out", "first-look", "activations", "relu"), errText());
        List<String> summary = Files.readAllLines(results.resolve("first-look/summary.csv"));
        // The quick version's depths 1..3, one seed; the user's -Dactivations still wins over its defaults.
        assertEquals(1 + 3, summary.size());
        assertEquals("relu,1,1", columns(summary, 1, "activation", "depth", "seeds"), summary.get(1));
        assertFalse(Files.exists(results.resolve("depth-sweep")));
        main.reset();
        assertEquals(2, run("depth-sweep", "out", "../elsewhere"));
        assertTrue(errText().startsWith("error: -Dout=../elsewhere is not a folder name"), errText());
        main.reset();
        assertEquals(2, run("depth-sweep", "quick", "maybe"));
        assertEquals("error: -Dquick=maybe is not true or false; expected true, false, yes, no, 1 or 0\n", errText());
    }

    @Test
    void reluFamilyReportsIntervalsAndCorrectedPValues() throws IOException {
        assertEquals(0, run("relu-family", "quick", "true", "activations", "relu,elu,softplus"), errText());
        List<String> rows = Files.readAllLines(results.resolve("relu-family/summary.csv"));
        assertTrue(rows.get(0).contains("test_accuracy_ci95_low,test_accuracy_ci95_high") && rows.get(0)
                .contains("p_value_vs_relu,p_holm,significant_at_0.05"), rows.get(0));
        assertEquals(1 + 3, rows.size());
        assertTrue(Files.readString(results.resolve("relu-family/REPORT.md")).contains("Holm"));
    }

    @Test
    void activationFamiliesRecordsEveryLayerOfEveryEpoch() throws IOException {
        assertEquals(0, run("activation-families", "quick", "true"), errText());
        List<String> rows = Files.readAllLines(results.resolve("activation-families/epochs.csv"));
        // quick: 3 activations x 1 seed x epochs 0..3 x (4 hidden + 1 output) layers.
        assertEquals(1 + 3 * 4 * 5, rows.size());
        assertTrue(Files.readString(results.resolve("activation-families/REPORT.md"))
                .contains("the first hidden layer's gradient is"));
    }

    @Test
    void theOptimizerIsASettingAndABadOneIsOneLine() throws IOException {
        assertEquals(0, run("depth-sweep", "quick", "true", "optimizer", "adam", "lr", "0.01", "activations", "tanh"),
                errText());
        assertTrue(Files.readString(results.resolve("depth-sweep/REPORT.md")).contains("mini-batch adam"));
        main.reset();
        assertEquals(2, run("relu-family", "optimizer", "adagrad"));
        assertEquals("error: -Doptimizer=adagrad: 'adagrad' is not an optimizer; expected one of: sgd, momentum, "
                + "nesterov, adam, rmsprop\n", errText());
    }

    @Test
    void aMisspelledSettingIsCaughtNotIgnored() {
        assertEquals(2, run("depth-sweep", "epoch", "5"));
        assertEquals("error: -Depoch=5 is not a setting of this experiment; did you mean -Depochs?\n", errText());
        main.reset();
        // Not a near miss, but not a setting either (the old name of -Ddepths): refused with the list.
        assertEquals(2, run("gradient-check", "maxDepth", "3"));
        assertEquals("error: -DmaxDepth=3 is not a setting of this experiment; expected one of: depths, networks, "
                + "out, quick, resume, threads\n", errText());
        main.reset();
        assertEquals(2, run("depth-sweep", "depht", "5"));
        assertTrue(errText().contains("did you mean -Ddepths?"), errText());
    }

    @Test
    void depthSweepWritesItsTablesAndFigures() throws IOException {
        assertEquals(0, run("depth-sweep", TINY), errText());
        Path dir = results.resolve("depth-sweep");
        for (String f : List.of("summary.csv", "runs.csv", "REPORT.md", "test-accuracy-vs-depth.png",
                "train-loss-vs-depth.png", "gradient-ratio-vs-depth.png", "training-loss-tanh.png",
                "training-loss-relu.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        // Every resolved setting first (the seed aside), then the statistics over the seeds.
        List<String> header = List.of(summary.get(0).split(","));
        List<String> spec = org.backproplab.experiments.grid.RunSpec.COLUMNS;
        assertEquals(spec.subList(0, spec.size() - 1), header.subList(0, spec.size() - 1), summary.get(0));
        assertTrue(header.containsAll(List.of("seeds", "final_train_loss_mean", "final_train_loss_sd",
                "test_accuracy_mean", "test_accuracy_sd")), summary.get(0));
        assertEquals(1 + 2 * 2, summary.size());
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> runsHeader = List.of(runs.get(0).split(","));
        assertEquals(spec, runsHeader.subList(0, spec.size()), runs.get(0));
        assertTrue(runsHeader.containsAll(List.of("diverged_at_epoch", "epoch", "train_loss", "test_loss",
                "test_accuracy")), runs.get(0));
        assertEquals(1 + 2 * 2 * 2 * 4, runs.size()); // epochs 0..3 of 8 runs
        assertFalse(Files.exists(results.resolve(".depth-sweep.running")));
    }

    @Test
    void theSameSeedsGiveTheSameNumbersWhateverTheThreadCount() throws IOException {
        assertEquals(0, run("depth-sweep", with(TINY, "threads", "1")), errText());
        String oneThread = Files.readString(results.resolve("depth-sweep/runs.csv"));
        assertEquals(0, run("depth-sweep", with(TINY, "threads", "3")), errText());
        assertEquals(oneThread, Files.readString(results.resolve("depth-sweep/runs.csv")));
    }

    private static String[] with(String[] base, String key, String value) {
        String[] all = java.util.Arrays.copyOf(base, base.length + 2);
        all[base.length] = key;
        all[base.length + 1] = value;
        return all;
    }

    @Test
    void backpropTraceWritesBothTraces() throws IOException {
        assertEquals(0, run("backprop-trace"), errText());
        Path dir = results.resolve("backprop-trace");
        List<String> trace = Files.readAllLines(dir.resolve("trace.csv"));
        assertEquals("step,total_error,out_o1,out_o2,w1,w2,w3,w4,w5,w6,w7,w8,b1,b2", trace.get(0));
        assertEquals(1 + 10_001, trace.size());
        List<String> xor = Files.readAllLines(dir.resolve("xor-trace.csv"));
        assertEquals("convention,param,before,gradient,after", xor.get(0));
        assertEquals(1 + 2 * 13 + 2, xor.size());
        assertEquals("seed,W11,1.0,0.0,1.0", xor.get(2));
        assertEquals("gradient-descent,W10,1.0,4.0,0.6", xor.get(14));
        assertTrue(Files.size(dir.resolve("error-vs-step.png")) > 0);
        assertTrue(Files.readString(dir.resolve("trace.txt")).contains("WRONG"));
    }
}
