package org.backproplab.reporting;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/**
 * One figure of a report: a {@link LineChart}, {@link Histogram}, {@link HeatMap}, {@link BoxPlot} or
 * {@link DecisionBoundary}, built from numbers and names and drawn by JFreeChart. Several of them can share one
 * PNG as small multiples ({@link ContactSheet}).
 */
public sealed interface Chart extends Figure permits LineChart, Histogram, HeatMap, BoxPlot, DecisionBoundary,
        RegionMap {

    /** The JFreeChart object, for callers that want to embed or adjust it; {@link #writePng} is the usual way. */
    JFreeChart toChart();

    /**
     * Renders the chart and writes it to {@code file} as a {@code width x height} PNG, creating folders. With
     * assertions on (as in the tests), the drawn chart must pass {@link FigureCheck} first.
     */
    @Override
    default void writePng(Path file, int width, int height) throws IOException {
        PngFile.write(toChart(), file, width, height);
    }
}
