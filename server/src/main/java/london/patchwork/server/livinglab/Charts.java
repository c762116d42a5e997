package london.patchwork.server.livinglab;

import java.util.List;

/**
 * Grouped bar charts as inline SVG, with axes, axis labels, a legend and a title, for the report's per-day,
 * propagation and memory charts.
 */
final class Charts {

    private static final double WIDTH = 900;
    private static final double HEIGHT = 340;
    private static final double LEFT = 70;
    private static final double RIGHT = 20;
    private static final double TOP = 40;
    private static final double BOTTOM = 70;

    private Charts() {
    }

    /** Bars of one colour, one value per category. */
    record Series(String name, String colour, double[] values) {
    }

    /**
     * @param id         the SVG's id
     * @param title      its {@code <title>} and {@code aria-label}
     * @param categories labels along the x axis
     */
    static String bars(String id, String title, String xLabel, String yLabel, List<String> categories,
                       List<Series> series) {
        StringBuilder svg = new StringBuilder(Svg.open(id, title, WIDTH, HEIGHT));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double max = 0;
        for (Series s : series) {
            for (double value : s.values()) {
                max = Math.max(max, value);
            }
        }
        double step = niceStep(max / 4);
        int ticks = Math.max(1, (int) Math.ceil(max / step - 1e-9));
        double top = step * ticks;
        // Gridlines and the y axis's ticks, on round numbers.
        for (int tick = 0; tick <= ticks; tick++) {
            double value = step * tick;
            double y = TOP + plotHeight - plotHeight * tick / ticks;
            svg.append("<line class=\"grid\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"")
                    .append(Svg.num(LEFT + plotWidth)).append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"")
                    .append(Svg.num(y)).append("\"/>");
            svg.append(Svg.text(LEFT - 8, y + 4, "end", "tick", Svg.figure(value, step < 1 ? 1 : 0)));
        }
        svg.append("<line class=\"axis\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(LEFT))
                .append("\" y1=\"").append(Svg.num(TOP)).append("\" y2=\"").append(Svg.num(TOP + plotHeight))
                .append("\"/>");
        svg.append("<line class=\"axis\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"")
                .append(Svg.num(LEFT + plotWidth)).append("\" y1=\"").append(Svg.num(TOP + plotHeight))
                .append("\" y2=\"").append(Svg.num(TOP + plotHeight)).append("\"/>");

        int n = Math.max(1, categories.size());
        double slot = plotWidth / n;
        double barWidth = Math.max(1, slot * 0.8 / Math.max(1, series.size()));
        // With many categories only every few are labelled, so labels never overlap.
        int labelEvery = Math.max(1, (int) Math.ceil(n * 60.0 / plotWidth));
        for (int c = 0; c < categories.size(); c++) {
            double slotStart = LEFT + slot * c + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double value = c < series.get(s).values().length ? series.get(s).values()[c] : 0;
                double height = top == 0 ? 0 : plotHeight * value / top;
                svg.append("<rect class=\"bar\" fill=\"").append(series.get(s).colour()).append("\" x=\"")
                        .append(Svg.num(slotStart + barWidth * s)).append("\" y=\"")
                        .append(Svg.num(TOP + plotHeight - height)).append("\" width=\"").append(Svg.num(barWidth))
                        .append("\" height=\"").append(Svg.num(height)).append("\"><title>")
                        .append(Svg.escape(series.get(s).name() + ", " + categories.get(c) + ": "
                                + Svg.figure(value, value == Math.rint(value) ? 0 : 1)))
                        .append("</title></rect>");
            }
            if (c % labelEvery == 0) {
                svg.append(Svg.text(LEFT + slot * c + slot / 2, TOP + plotHeight + 18, "middle", "tick",
                        categories.get(c)));
            }
        }
        svg.append(Svg.text(LEFT + plotWidth / 2, HEIGHT - 22, "middle", "axis-label", xLabel));
        svg.append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(16,")
                .append(Svg.num(TOP + plotHeight / 2)).append(") rotate(-90)\">").append(Svg.escape(yLabel))
                .append("</text>");
        double legendX = LEFT;
        for (Series s : series) {
            svg.append("<rect x=\"").append(Svg.num(legendX)).append("\" y=\"12\" width=\"14\" height=\"14\" fill=\"")
                    .append(s.colour()).append("\"/>");
            svg.append(Svg.text(legendX + 20, 24, "start", "legend-text", s.name()));
            legendX += 30 + 8 * s.name().length();
        }
        return svg.append("</svg>").toString();
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code value}: a round tick step. */
    static double niceStep(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
