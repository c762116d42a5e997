package london.patchwork.server.livinglab;

import java.util.List;

/** The page's network section: BEFORE and AFTER drawn side by side, their legend and their metrics compared. */
final class ReportNetworkSection {

    private ReportNetworkSection() {
    }

    static void append(StringBuilder html, LabReport report, SvgPalette palette) {
        LabReport.NetworkSnapshot before = report.before();
        LabReport.NetworkSnapshot after = report.after();
        html.append("<section id=\"network\"><h2>The network before and after</h2>")
                .append("<p>Assets and the ties between them across every hub, as the pan-London Hub held them at ")
                .append("the start and at the end of the run. Each asset sits in the same place in both drawings.")
                .append("</p><div class=\"pair\">");
        drawing(html, "network-before", "Before the run", before, palette);
        drawing(html, "network-after", "After the run", after, palette);
        html.append("</div>").append(palette.legend()).append(NetworkDrawing.legend());
        html.append("<table id=\"network-metrics\"><thead><tr><th>Measure</th><th>Before</th><th>After</th>")
                .append("<th>Change</th></tr></thead><tbody>");
        List<NetworkChange> changes = before == null || after == null ? List.of()
                : NetworkChange.between(before.metrics(), after.metrics());
        if (changes.isEmpty()) {
            LabReport.NetworkSnapshot only = after != null ? after : before;
            if (only != null) {
                for (NetworkChange.Row row : NetworkChange.rows(only.metrics())) {
                    boolean isAfter = only == after;
                    html.append("<tr><td>").append(row.label()).append("</td><td class=\"n\">")
                            .append(isAfter ? "–" : value(row.whole(), row.value())).append("</td><td class=\"n\">")
                            .append(isAfter ? value(row.whole(), row.value()) : "–")
                            .append("</td><td class=\"n\">–</td></tr>");
                }
            }
        }
        for (NetworkChange change : changes) {
            html.append("<tr><td>").append(change.label()).append("</td><td class=\"n\">")
                    .append(value(change.whole(), change.before())).append("</td><td class=\"n\">")
                    .append(value(change.whole(), change.after())).append("</td><td class=\"n\">")
                    .append(signed(change.whole(), change.difference())).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private static void drawing(StringBuilder html, String id, String heading, LabReport.NetworkSnapshot snapshot,
                                SvgPalette palette) {
        String summary = snapshot == null ? "not taken"
                : snapshot.nodes().size() + " nodes and " + snapshot.ties().size() + " ties";
        html.append("<figure><h3>").append(heading).append("</h3>")
                .append(NetworkDrawing.svg(id, "Network " + heading.toLowerCase(java.util.Locale.ROOT) + ": "
                        + summary + ", coloured by hub", snapshot, palette))
                .append("<figcaption>").append(heading).append(": ").append(summary).append("</figcaption></figure>");
    }

    private static String value(boolean whole, double value) {
        return whole ? Svg.figure(value, 0) : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private static String signed(boolean whole, double difference) {
        String text = value(whole, Math.abs(difference));
        if (difference > 0) {
            return "+" + text;
        }
        return difference < 0 ? "−" + text : "no change";
    }
}
