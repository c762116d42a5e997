package london.patchwork.server.livinglab;

import java.util.List;
import java.util.Objects;

/** The sections of {@code report.html} below the headline figures, in the order a facilitator reads them. */
final class ReportSections {

    static final String PUBLISHED = "#0072B2";
    static final String DELIVERED = "#009E73";
    static final String FAILED = "#D55E00";
    static final String PEAK = "#E69F00";
    private static final double MB = 1024.0 * 1024.0;

    private ReportSections() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }

    static void daily(StringBuilder html, LabReport report) {
        List<LabReport.DayFigures> days = orEmpty(report.daily());
        html.append("<section id=\"days\"><h2>Day by day</h2><figure>")
                .append(Charts.bars("chart-daily", "Items published, deliveries that arrived and failed delivery "
                                + "attempts, per simulated day", "Simulated day", "Count",
                        days.stream().map(day -> "Day " + day.day()).toList(), List.of(
                                new Charts.Series("Published", PUBLISHED,
                                        days.stream().mapToDouble(LabReport.DayFigures::published).toArray()),
                                new Charts.Series("Delivered", DELIVERED,
                                        days.stream().mapToDouble(LabReport.DayFigures::delivered).toArray()),
                                new Charts.Series("Failed attempts", FAILED,
                                        days.stream().mapToDouble(LabReport.DayFigures::failures).toArray()))))
                .append("<figcaption>Published items, arrived deliveries and failed attempts on each simulated "
                        + "day</figcaption></figure>");
        html.append("<table><thead><tr><th>Day</th><th>Date</th><th>Published</th><th>Delivered</th>")
                .append("<th>Failed attempts</th><th>95 in 100 arrived within</th></tr></thead><tbody>");
        for (LabReport.DayFigures day : days) {
            html.append("<tr><td>").append(day.day()).append("</td><td>").append(Svg.escape(day.date()))
                    .append("</td>").append(number(day.published())).append(number(day.delivered()))
                    .append(number(day.failures())).append("<td class=\"n\">").append(ReportHtml.millis(day.p95()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    static void propagation(StringBuilder html, LabReport report) {
        List<LabReport.Bucket> buckets = orEmpty(report.propagationHistogram());
        html.append("<section id=\"speed\"><h2>How fast things arrived</h2><figure>")
                .append(Charts.bars("chart-propagation", "How long deliveries took from publishing to arrival",
                        "Time from publishing to arrival", "Deliveries",
                        buckets.stream().map(bucket -> ReportMath.bucketLabel(bucket.upToMs())).toList(),
                        List.of(new Charts.Series("Deliveries", PUBLISHED,
                                buckets.stream().mapToDouble(LabReport.Bucket::count).toArray()))))
                .append("<figcaption>Deliveries by time taken to arrive</figcaption></figure>");
        html.append("<table><thead><tr><th>Deliveries</th><th>Count</th><th>p50</th><th>p95</th><th>p99</th>")
                .append("<th>Slowest</th></tr></thead><tbody>");
        percentiles(html, "All", report.propagation());
        percentiles(html, "To the pan-London Hub", report.toHub());
        percentiles(html, "To residents", report.toResidents());
        html.append("</tbody></table></section>");
    }

    private static void percentiles(StringBuilder html, String name, LabReport.Percentiles p) {
        if (p == null) {
            return;
        }
        html.append("<tr><td>").append(name).append("</td>").append(number(p.count())).append("<td class=\"n\">")
                .append(ReportHtml.millis(p.p50())).append("</td><td class=\"n\">").append(ReportHtml.millis(p.p95()))
                .append("</td><td class=\"n\">").append(ReportHtml.millis(p.p99())).append("</td><td class=\"n\">")
                .append(ReportHtml.millis(p.max())).append("</td></tr>");
    }

    static void kinds(StringBuilder html, LabReport report) {
        html.append("<section id=\"kinds\"><h2>By kind of item</h2><table><thead><tr><th>Kind</th>")
                .append("<th>Published</th><th>Deliveries expected</th><th>Arrived</th><th>Lost</th></tr></thead>")
                .append("<tbody>");
        for (LabReport.KindFigures kind : orEmpty(report.kinds())) {
            html.append("<tr><td>").append(Svg.escape(kind.kind())).append("</td>").append(number(kind.published()))
                    .append(number(kind.expected())).append(number(kind.delivered())).append(number(kind.lost()))
                    .append("</tr>");
        }
        html.append("</tbody></table></section>");
    }

    static void memory(StringBuilder html, LabReport report) {
        List<LabReport.HubFigures> hubs = orEmpty(report.hubFigures());
        html.append("<section id=\"hubs\"><h2>Memory per hub</h2><figure>")
                .append(Charts.bars("chart-memory", "Memory each hub's process used (resident set and peak), in MB",
                        "Hub", "Memory (MB)", hubs.stream().map(LabReport.HubFigures::name).toList(), List.of(
                                new Charts.Series("Resident (RSS)", PUBLISHED,
                                        hubs.stream().mapToDouble(hub -> hub.rssBytes() / MB).toArray()),
                                new Charts.Series("Peak", PEAK,
                                        hubs.stream().mapToDouble(hub -> hub.peakRssBytes() / MB).toArray()))))
                .append("<figcaption>Memory of each hub's server process as the operating system saw it at the end "
                        + "of the run, and its peak</figcaption></figure>");
        html.append("<table><thead><tr><th>Hub</th><th>Area</th><th>Published</th><th>RSS (MB)</th>")
                .append("<th>Peak (MB)</th><th>Heap used (MB)</th><th>Restarts</th></tr></thead><tbody>");
        for (LabReport.HubFigures hub : hubs) {
            html.append("<tr><td>").append(Svg.escape(hub.name())).append("</td><td>").append(Svg.escape(hub.area()))
                    .append("</td>").append(number(hub.published())).append(megabytes(hub.rssBytes()))
                    .append(megabytes(hub.peakRssBytes())).append(megabytes(hub.heapUsedBytes()))
                    .append(number(hub.restarts())).append("</tr>");
        }
        html.append("</tbody></table></section>");
    }

    static void faults(StringBuilder html, LabReport report) {
        List<LabReport.FaultFigures> faults = orEmpty(report.faults());
        html.append("<section id=\"faults\"><h2>Faults and recovery</h2><p class=\"verdict\">")
                .append(verdict(report, faults)).append("</p>");
        if (faults.isEmpty()) {
            html.append("</section>");
            return;
        }
        html.append("<table id=\"faults-table\"><thead><tr><th>What went wrong</th><th>Hub</th><th>Day</th>")
                .append("<th>Lasted</th><th>Deliveries held back</th><th>Caught up in</th><th>Lost after</th>")
                .append("</tr></thead><tbody>");
        for (LabReport.FaultFigures fault : faults) {
            html.append("<tr><td>").append(Svg.escape(fault.kind())).append("</td><td>")
                    .append(Svg.escape(fault.hub())).append("</td>").append(number(fault.day()))
                    .append("<td class=\"n\">").append(ReportHtml.duration(fault.lasted())).append("</td>")
                    .append(number(fault.heldBack())).append("<td class=\"n\">")
                    .append(ReportHtml.duration(fault.caughtUp())).append("</td>").append(number(fault.lostAfter()))
                    .append("</tr>");
        }
        html.append("</tbody></table></section>");
    }

    /** The one sentence a facilitator looks for: did the network lose anything? */
    static String verdict(LabReport report, List<LabReport.FaultFigures> faults) {
        long lostAfterFaults = faults.stream().mapToLong(LabReport.FaultFigures::lostAfter).sum();
        String prefix = faults.isEmpty() ? "No faults were injected in this run. "
                : faults.size() + (faults.size() == 1 ? " fault was" : " faults were") + " injected. ";
        if (lostAfterFaults == 0 && report.lost() == 0) {
            return prefix + (faults.isEmpty() ? "Nothing was lost: every expected delivery arrived."
                    : "Nothing was lost: every delivery held back by a fault arrived after it ended.");
        }
        if (lostAfterFaults == 0) {
            return prefix + "No delivery held back by a fault was lost, but " + Svg.figure(report.lost(), 0)
                    + " expected deliveries never arrived.";
        }
        return prefix + Svg.figure(lostAfterFaults, 0) + " deliveries held back by faults never arrived ("
                + Svg.figure(report.lost(), 0) + " lost in all).";
    }

    static void network(StringBuilder html, LabReport report, SvgPalette palette) {
        ReportNetworkSection.append(html, report, palette);
    }

    private static String number(long value) {
        return "<td class=\"n\">" + Svg.figure(value, 0) + "</td>";
    }

    private static String megabytes(long bytes) {
        return "<td class=\"n\">" + Svg.figure(bytes / MB, 1) + "</td>";
    }
}
