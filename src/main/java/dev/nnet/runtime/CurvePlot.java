package dev.nnet.runtime;

import dev.nnet.check.Plan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code plot}: the training curves of a model drawn with JFreeChart, one panel per metric stacked
 * over a shared epoch axis, the training value in blue and the validation value ({@code val_...})
 * in orange, written as PNG or SVG. Drawing needs no display: AWT runs headless.
 */
final class CurvePlot {
    static {
        // Before any AWT class loads: a server or CI has no display, and a desktop user needs no window.
        System.setProperty("java.awt.headless", "true");
        // JFreeChart draws rotated text (the metric beside each panel) as outlines by default, a workaround
        // for Java 1.4's text; as text it stays text in an SVG, where it can be searched and read.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final Color TRAIN = new Color(31, 119, 180);
    private static final Color VALIDATION = new Color(255, 127, 14);
    /** Up to this many epochs each one is also marked with a dot; more would blur the line. */
    private static final int MARKED_EPOCHS = 40;

    private CurvePlot() {
    }

    /** Draws the curves and writes the file atomically; returns the line to print. */
    static String write(Plan.Plot plot, TrainingCurves curves) {
        JFreeChart chart = chart(plot, curves);
        PictureFile.write(plot.file(), out -> {
            if (plot.format() == Plan.PlotFormat.PNG) {
                ChartUtils.writeChartAsPNG(out, chart, plot.width(), plot.height());
            } else {
                svg(chart, plot.width(), plot.height(), out);
            }
        });
        List<String> names = plot.metrics().stream().map(Plan.Metric::word).toList();
        return "plot " + plot.model() + ": " + String.join(", ", names) + " over " + curves.epochs() + " epoch"
                + (curves.epochs() == 1 ? "" : "s") + (curves.has("val_loss") ? ", training and validation" : "")
                + " -> " + plot.asWritten() + " (" + plot.width() + "x" + plot.height() + " "
                + plot.format().name() + ")";
    }

    static JFreeChart chart(Plan.Plot plot, TrainingCurves curves) {
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochs.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(epochs);
        combined.setGap(12);
        for (Plan.Metric metric : plot.metrics()) combined.add(panel(metric.word(), curves), 1);
        // One legend for every panel: the colour says training or validation, each panel's axis says the metric.
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendItem("training", TRAIN));
        if (curves.has("val_loss")) legend.add(legendItem("validation", VALIDATION));
        combined.setFixedLegendItems(legend);
        String title = plot.title() != null ? plot.title() : plot.model() + " trained on " + curves.data;
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.setTitle(new TextTitle(title, JFreeChart.DEFAULT_TITLE_FONT));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static LegendItem legendItem(String label, Color colour) {
        LegendItem item = new LegendItem(label, colour);
        item.setLinePaint(colour);
        item.setLineStroke(new BasicStroke(2f));
        item.setLine(new java.awt.geom.Line2D.Double(-8, 0, 8, 0));
        item.setLineVisible(true);
        item.setShapeVisible(false);
        return item;
    }

    private static XYPlot panel(String metric, TrainingCurves curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(metric, curves));
        if (curves.has("val_" + metric)) data.addSeries(series("val_" + metric, curves));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, curves.points() <= MARKED_EPOCHS);
        Color[] colors = {TRAIN, VALIDATION};
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colors[s]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        NumberAxis values = new NumberAxis(metric);
        values.setAutoRangeIncludesZero(false);
        XYPlot panel = new XYPlot(data, null, values, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(new Color(220, 220, 220));
        panel.setRangeGridlinePaint(new Color(220, 220, 220));
        return panel;
    }

    /** A metric that is undefined at an epoch (roc_auc of one class) leaves a gap in its line. */
    private static XYSeries series(String name, TrainingCurves curves) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < curves.points(); i++) {
            double v = curves.value(i, name);
            series.add(curves.epochAt(i), Double.isFinite(v) ? Double.valueOf(v) : null);
        }
        return series;
    }

    private static void svg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // The default prefix of clip-path ids is the clock's: a fixed one makes the same run give the same file.
        g2.setDefsKeyPrefix("nnet");
        chart.draw(g2, new Rectangle(width, height));
        out.write(g2.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }
}
