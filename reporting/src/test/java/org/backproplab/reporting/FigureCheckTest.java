package org.backproplab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * Each kind of unreadable figure, built with JFreeChart directly as the project's charts no longer can be, is
 * caught; and the project's charts, given the numbers that used to make them unreadable, pass.
 */
class FigureCheckTest {

    private static JFreeChart lines(String yLabel, int count, double[] x, double[]... ys) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < count; s++) {
            XYSeries series = new XYSeries("series " + s);
            double[] y = ys[s % ys.length];
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], y[i]);
            }
            data.addSeries(series);
        }
        return ChartFactory.createXYLineChart("t", "epoch", yLabel, data);
    }

    private static final double[] EPOCHS = {0, 1, 2, 3, 4};

    private static boolean mentions(List<String> problems, String words) {
        return problems.stream().anyMatch(p -> p.contains(words));
    }

    @Test
    void aConstantSeriesOnAnAutomaticAxisIsCaughtWithItsRepeatedLabels() {
        double[] chance = {0.0998, 0.0998, 0.0998, 0.0998, 0.0998};
        List<String> problems = FigureCheck.problems(lines("accuracy", 3, EPOCHS, chance));
        assertTrue(mentions(problems, "every value on the y axis is 0.0998"), problems.toString());
    }

    @Test
    void unreadableTickLabelsAreCaught() {
        JFreeChart chart = lines("loss", 1, EPOCHS, new double[] {1, 2, 3, 4, 5});
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.000000E0"));
        List<String> problems = FigureCheck.problems(chart);
        assertTrue(mentions(problems, "tick labels no one reads at a glance"), problems.toString());
    }

    @Test
    void moreLegendEntriesThanAFigureCanShowAreCaught() {
        double[] y = {1, 2, 3, 4, 5};
        assertEquals(List.of(), FigureCheck.problems(lines("loss", FigureCheck.MAX_LEGEND, EPOCHS, y)).stream()
                .filter(p -> p.contains("legend")).toList());
        List<String> problems = FigureCheck.problems(lines("loss", 30, EPOCHS, y));
        assertTrue(mentions(problems, "the legend has 30 entries"), problems.toString());
    }

    @Test
    void anXAxisPastTheLastEpochIsCaught() {
        JFreeChart chart = lines("loss", 1, EPOCHS, new double[] {5, 4, 3, 2, 1});
        chart.getXYPlot().getDomainAxis().setRange(0, 6);
        List<String> problems = FigureCheck.problems(chart);
        assertTrue(mentions(problems, "the x axis runs past the data: to 6, where the lines end at 4"),
                problems.toString());
        // JFreeChart's default margin, 5% of the span, is past the data too.
        assertTrue(mentions(FigureCheck.problems(lines("loss", 1, EPOCHS, new double[] {5, 4, 3, 2, 1})),
                "runs past the data"));
    }

    @Test
    void anAxisLabelLongerThanItsAxisIsCaught() {
        String label = "fraction saturated (output within 0.01 of a limit; ReLU: net <= 0), mean of the seeds";
        List<String> problems = FigureCheck.problems(lines(label, 1, EPOCHS, new double[] {1, 2, 3, 4, 5}));
        assertTrue(mentions(problems, "it is cut off"), problems.toString());
    }

    @Test
    void aLogAxisAtFractionsOfADecadeIsCaught() {
        JFreeChart chart = lines("loss", 1, EPOCHS, new double[] {0.05, 0.06, 0.07, 0.08, 0.09});
        XYPlot plot = chart.getXYPlot();
        LogAxis y = new LogAxis("loss");
        y.setRange(0.05, 0.09);
        plot.setRangeAxis(y);
        plot.getDomainAxis().setRange(0, 4);
        List<String> problems = FigureCheck.problems(chart);
        assertTrue(mentions(problems, "not round") || mentions(problems, "mixes 10^k"), problems.toString());
    }

    @Test
    void logTicksMustBeOneTwoFiveValuesOrAnEvenRoundStep() {
        assertEquals(false, FigureCheck.roundTicks(List.of(0.0501, 0.0631, 0.0794, 0.1)));
        assertEquals(true, FigureCheck.roundTicks(List.of(0.05, 0.1, 0.2, 0.5)));
        assertEquals(true, FigureCheck.roundTicks(List.of(1.02, 1.04, 1.06, 1.08, 1.1, 1.12)));
        assertEquals(true, FigureCheck.roundTicks(List.of(1.4, 1.4500000000000002, 1.5, 1.55)));
        assertEquals(false, FigureCheck.roundTicks(List.of(1.03, 1.06, 1.09)), "a step of 0.03 is not 1-2-5");
    }

    @Test
    void theProjectsChartsPassGivenTheNumbersThatBrokeThem() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] chance = new double[x.length];
        java.util.Arrays.fill(chance, 0.0998);
        double[] noise = {0, 4e-5, 0, 1e-5, 0, 0, 2e-5, 0, 0, 0, 3e-5};
        double[] narrow = {0.08, 0.075, 0.07, 0.065, 0.06, 0.058, 0.056, 0.054, 0.052, 0.051, 0.05};
        double[] diverging = {0.125, 10, 1e10, 1e50, 1e100, 1e200, 1e300, Double.POSITIVE_INFINITY, Double.NaN, 0,
            -1};
        List<Chart> charts = List.of(
                new LineChart("chance", "hidden layers", "test accuracy", List.of(Series.of("sigmoid", x, chance),
                        Series.of("tanh", x, chance)), Scale.LINEAR, true).asFraction(),
                new LineChart("chance, not a fraction", "epoch", "loss", List.of(Series.of("relu", x, chance)),
                        Scale.LINEAR, true),
                new LineChart("noise", "epoch", "fraction saturated", List.of(Series.of("relu", x, noise)),
                        Scale.LINEAR, true).asFraction(),
                new LineChart("narrow", "epoch", "loss", List.of(Series.of("relu", x, narrow)), Scale.LOG, true),
                new LineChart("constant", "epoch", "loss", List.of(Series.of("relu", x, chance)), Scale.LOG, true),
                new LineChart("diverging", "epoch", "loss", List.of(Series.of("relu", x, diverging)), Scale.LOG,
                        true),
                new BoxPlot("chance", "activation", "test accuracy", List.of(new BoxPlot.Box("sigmoid",
                        new double[] {0.0998, 0.0998, 0.0998}))));
        for (Chart chart : charts) {
            assertEquals(List.of(), FigureCheck.problems(chart.toChart()), FigureCheck.title(chart.toChart()));
        }
    }
}
