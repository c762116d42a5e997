package london.patchwork.server.livinglab;

import java.util.Locale;

/**
 * Small pieces of the report's markup: escaping, numbers as the page prints them and the opening of an
 * accessible inline SVG. Every text that comes from a run (hub, scenario, asset names) passes through
 * {@link #escape} before it reaches the page.
 */
final class Svg {

    private Svg() {
    }

    /** Escapes for both element text and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate: at most one decimal, always a dot. */
    static String num(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A figure for people: thousands separated, at most {@code decimals} decimals. */
    static String figure(double value, int decimals) {
        if (decimals == 0 || value == Math.rint(value) && Math.abs(value) >= 1000) {
            return String.format(Locale.UK, "%,d", Math.round(value));
        }
        return String.format(Locale.UK, "%,." + decimals + "f", value);
    }

    /** Opens an inline SVG with its {@code id}, {@code role="img"}, an {@code aria-label} and a {@code <title>}. */
    static String open(String id, String label, double width, double height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + escape(id) + "\" role=\"img\" aria-label=\""
                + escape(label) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" width=\"" + num(width)
                + "\" height=\"" + num(height) + "\" preserveAspectRatio=\"xMidYMid meet\"><title>" + escape(label)
                + "</title>";
    }

    static String text(double x, double y, String anchor, String cssClass, String text) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass
                + "\">" + escape(text) + "</text>";
    }
}
