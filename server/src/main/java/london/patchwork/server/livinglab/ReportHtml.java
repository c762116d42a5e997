package london.patchwork.server.livinglab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code report.html}: one self-contained page for the facilitator of a Living Lab run. Styles are inline, charts
 * and drawings are SVG built here, nothing is fetched and nothing needs JavaScript, so the file can be mailed or
 * opened from a USB stick.
 */
public final class ReportHtml {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportHtml() {
    }

    public static String of(LabReport report) {
        SvgPalette palette = new SvgPalette(hubsOf(report));
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Living Lab report: ").append(Svg.escape(report.scenario())).append("</title>")
                .append("<style>").append(css()).append("</style></head><body><main>");
        html.append("<h1>Living Lab report: ").append(Svg.escape(report.scenario())).append("</h1>");
        html.append("<p class=\"run\">Seed ").append(report.seed()).append(" · ").append(report.hubs())
                .append(" local hubs and the pan-London Hub · ").append(report.residents()).append(" residents · ")
                .append(report.days()).append(" simulated days")
                .append(report.startedAt() == null ? "" : " · started " + STARTED.format(report.startedAt()))
                .append(" · took ").append(duration(report.wall())).append("</p>");
        headline(html, report);
        ReportSections.daily(html, report);
        ReportSections.propagation(html, report);
        ReportSections.kinds(html, report);
        ReportSections.memory(html, report);
        ReportSections.faults(html, report);
        ReportSections.network(html, report, palette);
        List<LabReport.MapPoint> map = ReportSections.orEmpty(report.map());
        html.append("<section id=\"where\"><h2>Where things are</h2>")
                .append("<p>Every placed asset the pan-London Hub knows, coloured by hub.</p><figure>")
                .append(SvgMap.svg("map", "Map of " + map.size() + " placed assets, coloured by hub", map, palette))
                .append("<figcaption>Placed assets, north up, ").append(SvgMap.extent(map))
                .append("</figcaption>")
                .append("</figure>").append(palette.legend()).append("</section>");
        return html.append("</main></body></html>\n").toString();
    }

    private static void headline(StringBuilder html, LabReport report) {
        html.append("<section id=\"headline\"><h2>At a glance</h2><div class=\"figures\">");
        LabReport.Percentiles p = report.propagation() == null ? new LabReport.Percentiles(0, 0, 0, 0, 0)
                : report.propagation();
        figure(html, "published", "Items published", Svg.figure(report.published(), 0));
        figure(html, "delivered", "Deliveries that arrived", Svg.figure(report.delivered(), 0)
                + " <small>of " + Svg.figure(report.expected(), 0) + "</small>");
        figure(html, "lost", "Deliveries lost", Svg.figure(report.lost(), 0));
        figure(html, "duplicates", "Duplicates", Svg.figure(report.duplicates(), 0));
        figure(html, "p50", "Typical time to arrive (p50)", millis(p.p50()));
        figure(html, "p95", "95 in 100 arrived within (p95)", millis(p.p95()));
        figure(html, "p99", "99 in 100 arrived within (p99)", millis(p.p99()));
        figure(html, "deliveries-per-second", "Deliveries per second", Svg.figure(report.deliveriesPerSecond(), 1));
        figure(html, "failures", "Failed delivery attempts", Svg.figure(report.failures(), 0)
                + " <small>of " + Svg.figure(report.attempts(), 0) + "</small>");
        figure(html, "retries", "Retries", Svg.figure(report.retries(), 0));
        figure(html, "wall", "Wall time", duration(report.wall()));
        html.append("</div></section>");
    }

    /** {@code value} is markup built from numbers only. */
    private static void figure(StringBuilder html, String key, String name, String value) {
        html.append("<div class=\"figure\" data-figure=\"").append(key).append("\"><span class=\"value\">")
                .append(value).append("</span><span class=\"name\">").append(name).append("</span></div>");
    }

    /** Milliseconds as a person reads them: "840 ms", "2.4 s", "3 min 5 s". */
    static String millis(double ms) {
        if (ms < 1_000) {
            return Svg.figure(ms, ms == Math.rint(ms) ? 0 : 1) + " ms";
        }
        if (ms < 60_000) {
            return Svg.figure(ms / 1_000, 1) + " s";
        }
        return duration(Duration.ofMillis(Math.round(ms)));
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return millis(duration.toMillis());
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return (hours > 0 ? hours + " h " : "") + minutes + " min " + seconds % 60 + " s";
    }

    private static List<String> hubsOf(LabReport report) {
        List<String> hubs = new ArrayList<>();
        ReportSections.orEmpty(report.hubFigures()).forEach(hub -> hubs.add(hub.name()));
        Stream.of(report.before(), report.after()).filter(Objects::nonNull)
                .forEach(snapshot -> snapshot.nodes().forEach(node -> hubs.add(node.hub())));
        ReportSections.orEmpty(report.map()).forEach(point -> hubs.add(point.hub()));
        return hubs;
    }

    private static String css() {
        try (InputStream in = ReportHtml.class.getResourceAsStream("/livinglab/report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
