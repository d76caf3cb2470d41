package io.databridge.odm.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Renders one table's ratios to the baseline as a standalone SVG line chart: N on a log-scale x axis, the
 * ratio on a linear y axis from 0, one line per contestant other than the baseline, and a dashed line at 1.
 */
public final class SpeedupChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 180;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;
    private static final String BASELINE_STYLE = "stroke=\"#444\" stroke-dasharray=\"4 3\"";
    private static final String[] COLORS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
    };

    private SpeedupChart() {
    }

    /**
     * Renders the chart.
     *
     * @param table the results of one workload and document kind
     * @return an SVG document
     */
    public static String render(ResultTable table) {
        List<Integer> sizes = table.sizes();
        List<String> lines = table.contestants().stream()
                .filter(c -> !c.equals(table.baseline().contestant())).toList();
        double yMax = yMax(table, lines);
        double yStep = yMax <= 2 ? 0.25 : yMax <= 5 ? 0.5 : 1;
        var axes = new Axes(Math.log10(sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()),
                Math.log10(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()), yMax);

        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, LEFT, 20, "start", "font-size=\"14\"", table.title() + ": " + table.baseline().heading() + " by N");
        text(svg, LEFT, 36, "start", "fill=\"#555\"", table.baseline().explanation());
        for (double y = 0; y <= yMax + 1e-9; y += yStep) {
            line(svg, LEFT, axes.y(y), WIDTH - RIGHT, axes.y(y), "stroke=\"#ddd\"");
            text(svg, LEFT - 6, axes.y(y) + 4, "end", "", String.format(Locale.ROOT, "%.2f", y));
        }
        for (int n : sizes) {
            double x = axes.x(Math.log10(n));
            line(svg, x, TOP, x, HEIGHT - BOTTOM, "stroke=\"#eee\"");
            text(svg, x, HEIGHT - BOTTOM + 16, "middle", "", Numbers.size(n));
        }
        line(svg, LEFT, axes.y(1), WIDTH - RIGHT, axes.y(1), BASELINE_STYLE);
        text(svg, (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 12, "middle", "", "N (log scale)");
        legend(svg, 0, BASELINE_STYLE, table.baseline().contestant() + " (= 1)");
        for (int i = 0; i < lines.size(); i++) {
            String color = COLORS[i % COLORS.length];
            series(svg, table, lines.get(i), color, axes);
            legend(svg, i + 1, "stroke=\"" + color + "\" stroke-width=\"2\"", lines.get(i));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void series(StringBuilder svg, ResultTable table, String contestant, String color, Axes axes) {
        var points = new ArrayList<String>();
        for (int n : table.sizes()) {
            OptionalDouble ratio = table.ratio(contestant, n);
            if (ratio.isPresent()) {
                double x = axes.x(Math.log10(n));
                double y = axes.y(ratio.getAsDouble());
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                        x, y, color));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n",
                color, String.join(" ", points)));
    }

    private static void legend(StringBuilder svg, int index, String style, String label) {
        double y = TOP + 10 + 18 * index;
        line(svg, WIDTH - RIGHT + 10, y, WIDTH - RIGHT + 30, y, style);
        text(svg, WIDTH - RIGHT + 36, y + 4, "start", "", label);
    }

    private static double yMax(ResultTable table, List<String> lines) {
        double max = 1;
        for (String contestant : lines) {
            for (int n : table.sizes()) {
                max = Math.max(max, table.ratio(contestant, n).orElse(0));
            }
        }
        return Math.ceil(max * 1.1 * 4) / 4;
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String style) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>\n",
                x1, y1, x2, y2, style));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String style, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>\n",
                x, y, anchor, style, escape(content)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Maps data coordinates (log10 N, ratio) to pixels inside the plot area. */
    private record Axes(double logMin, double logMax, double yMax) {

        double x(double logN) {
            double span = logMax - logMin;
            double left = LEFT + 20;
            double width = WIDTH - RIGHT - 20 - left;
            return span == 0 ? left + width / 2 : left + (logN - logMin) / span * width;
        }

        double y(double ratio) {
            return HEIGHT - BOTTOM - ratio / yMax * (HEIGHT - BOTTOM - TOP);
        }
    }
}
