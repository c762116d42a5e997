package london.patchwork.server.livinglab;

import java.util.List;

/**
 * The map points as an inline SVG: an equirectangular projection fitted to the points' bounding box (longitude
 * scaled by the cosine of the middle latitude, so London is not stretched), one circle per point coloured by hub.
 */
final class SvgMap {

    private static final double WIDTH = 900;
    private static final double MAX_HEIGHT = 560;
    private static final double PAD = 30;
    /** A lone point, or points in a line, still get a box to sit in (about 1 km). */
    private static final double MIN_SPAN_DEGREES = 0.01;

    private SvgMap() {
    }

    /** The corners of the fitted box, for the caption: where the drawing's edges are. */
    static String extent(List<LabReport.MapPoint> points) {
        if (points.isEmpty()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "from %.4f, %.4f (south-west) to %.4f, %.4f (north-east)",
                points.stream().mapToDouble(LabReport.MapPoint::latitude).min().orElseThrow(),
                points.stream().mapToDouble(LabReport.MapPoint::longitude).min().orElseThrow(),
                points.stream().mapToDouble(LabReport.MapPoint::latitude).max().orElseThrow(),
                points.stream().mapToDouble(LabReport.MapPoint::longitude).max().orElseThrow());
    }

    static String svg(String id, String title, List<LabReport.MapPoint> points, SvgPalette palette) {
        if (points.isEmpty()) {
            return Svg.open(id, title, WIDTH, 120) + Svg.text(WIDTH / 2, 60, "middle", "empty",
                    "No placed assets") + "</svg>";
        }
        double minLat = points.stream().mapToDouble(LabReport.MapPoint::latitude).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(LabReport.MapPoint::latitude).max().orElseThrow();
        double minLon = points.stream().mapToDouble(LabReport.MapPoint::longitude).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(LabReport.MapPoint::longitude).max().orElseThrow();
        double latSpan = Math.max(MIN_SPAN_DEGREES, maxLat - minLat);
        double lonSpan = Math.max(MIN_SPAN_DEGREES, maxLon - minLon);
        double midLat = (minLat + maxLat) / 2;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(midLat)));
        double scale = Math.min((WIDTH - 2 * PAD) / (lonSpan * cos), (MAX_HEIGHT - 2 * PAD) / latSpan);
        double height = latSpan * scale + 2 * PAD;
        // Centred both ways: when a span was widened, and when the box is narrower than the drawing.
        double offsetX = (WIDTH - lonSpan * cos * scale) / 2;
        double westEdge = (minLon + maxLon) / 2 - lonSpan / 2;
        double northEdge = (minLat + maxLat) / 2 + latSpan / 2;
        StringBuilder svg = new StringBuilder(Svg.open(id, title, WIDTH, height));
        svg.append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"")
                .append(Svg.num(height)).append("\"/>");
        for (LabReport.MapPoint point : points) {
            double x = offsetX + (point.longitude() - westEdge) * cos * scale;
            double y = PAD + (northEdge - point.latitude()) * scale;
            svg.append("<circle class=\"point\" cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                    .append("\" r=\"7\" fill=\"").append(palette.colour(point.hub())).append("\"><title>")
                    .append(Svg.escape(point.name() + " — " + point.hub()
                            + (point.kind().isEmpty() ? "" : ", " + point.kind())))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }
}
