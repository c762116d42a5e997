package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTest {

    static final String HOSTILE = "<script>alert(1)</script>";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void theJsonHasEveryFigureUnderItsSnakeCaseKey() throws IOException {
        ReportFiles.Written written = ReportFiles.write(out, sample());
        JsonNode json = MAPPER.readTree(written.json().toFile());

        assertThat(fieldNames(json)).containsExactly("scenario", "seed", "hub_count", "residents", "days",
                "started_at", "wall_ms", "published", "expected", "delivered", "lost", "duplicates", "propagation_ms",
                "to_hub_ms", "to_residents_ms", "deliveries_per_second", "attempts", "failures", "retries", "hubs",
                "faults", "daily", "kinds", "propagation_histogram", "network", "map");
        assertThat(json.get("scenario").asText()).isEqualTo("a week in " + HOSTILE);
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("started_at").asText()).isEqualTo("2026-12-07T09:00:00Z");
        assertThat(json.get("wall_ms").asLong()).isEqualTo(254_000);
        assertThat(json.get("published").asLong()).isEqualTo(1234);
        assertThat(json.get("expected").asLong()).isEqualTo(5000);
        assertThat(json.get("delivered").asLong()).isEqualTo(4990);
        assertThat(json.get("lost").asLong()).isEqualTo(10);
        assertThat(json.get("duplicates").asLong()).isEqualTo(3);
        assertThat(json.get("deliveries_per_second").asDouble()).isEqualTo(37.5);
        assertThat(fieldNames(json.get("propagation_ms"))).containsExactly("p50", "p95", "p99", "max", "count");
        assertThat(json.at("/propagation_ms/p50").asDouble()).isEqualTo(120);
        assertThat(json.at("/propagation_ms/p95").asDouble()).isEqualTo(900);
        assertThat(json.at("/propagation_ms/p99").asDouble()).isEqualTo(2500);
        assertThat(json.at("/propagation_ms/max").asDouble()).isEqualTo(40_000);
        assertThat(json.at("/propagation_ms/count").asLong()).isEqualTo(4990);
        assertThat(json.at("/to_hub_ms/p50").asDouble()).isEqualTo(80);

        assertThat(json.get("hubs")).hasSize(3);
        assertThat(fieldNames(json.at("/hubs/0"))).containsExactly("name", "area", "url", "published", "rss_bytes",
                "peak_rss_bytes", "heap_used_bytes", "restarts");
        assertThat(json.at("/hubs/1/peak_rss_bytes").asLong()).isEqualTo(400L << 20);
        assertThat(fieldNames(json.at("/faults/0"))).containsExactly("kind", "hub", "day", "lasted_ms", "held_back",
                "caught_up_ms", "lost_after");
        assertThat(json.at("/faults/0/lasted_ms").asLong()).isEqualTo(90_000);
        assertThat(json.at("/faults/0/caught_up_ms").asLong()).isEqualTo(12_500);
        assertThat(json.at("/faults/0/held_back").asLong()).isEqualTo(57);
        assertThat(fieldNames(json.at("/daily/0"))).containsExactly("day", "date", "published", "delivered",
                "failures", "p95_ms");
        assertThat(json.get("daily")).hasSize(3);
        assertThat(fieldNames(json.at("/kinds/0"))).containsExactly("kind", "published", "expected", "delivered",
                "lost");
        JsonNode histogram = json.get("propagation_histogram");
        assertThat(histogram).hasSize(11);
        assertThat(histogram.get(0).get("up_to_ms").asLong()).isEqualTo(50);
        assertThat(histogram.get(10).get("up_to_ms").isNull()).isTrue();

        assertThat(fieldNames(json.get("network"))).containsExactly("before", "after", "change");
        assertThat(fieldNames(json.at("/network/after"))).containsExactly("label", "metrics", "nodes", "ties");
        assertThat(fieldNames(json.at("/network/after/metrics"))).containsExactly("nodes", "ties", "density",
                "clusters", "communities", "bridges", "max_core", "core_size", "periphery_size",
                "average_clustering", "ties_across_hubs");
        assertThat(fieldNames(json.at("/network/after/nodes/0"))).containsExactly("key", "name", "hub", "kind", "x",
                "y", "core", "in_core", "cluster");
        assertThat(fieldNames(json.at("/network/after/ties/0"))).containsExactly("from", "to", "type",
                "across_hubs", "bridge");
        assertThat(json.at("/network/before/metrics/nodes").asInt()).isEqualTo(8);
        assertThat(json.at("/network/after/metrics/nodes").asInt()).isEqualTo(10);
        assertThat(json.at("/network/change/nodes").asInt()).isEqualTo(2);
        assertThat(json.get("map")).hasSize(5);
        assertThat(fieldNames(json.at("/map/0"))).containsExactly("name", "hub", "kind", "latitude", "longitude");
        assertThat(json.at("/map/0/longitude").asDouble()).isEqualTo(-0.055);
    }

    @Test
    void theHtmlHasEveryDrawingEscapesWhatTheRunNamedAndFetchesNothing() throws IOException {
        LabReport report = sample();
        ReportFiles.Written written = ReportFiles.write(out, report);
        String raw = Files.readString(written.html());
        Document page = Jsoup.parse(raw);

        for (String id : List.of("chart-daily", "chart-propagation", "chart-memory", "network-before",
                "network-after", "map")) {
            Element svg = page.getElementById(id);
            assertThat(svg).as(id).isNotNull();
            assertThat(svg.tagName()).isEqualTo("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-label")).isNotBlank();
            assertThat(svg.child(0).tagName()).isEqualTo("title");
        }
        assertThat(page.select("#network-before circle")).hasSize(report.before().nodes().size());
        assertThat(page.select("#network-after circle")).hasSize(report.after().nodes().size());
        assertThat(page.select("#map circle")).hasSize(5);
        assertThat(page.select("#network-after line.bridge")).hasSize((int) report.after().ties().stream()
                .filter(LabReport.Tie::bridge).count());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Living Lab report: a week in " + HOSTILE);
        assertThat(page.select("#network-after title").eachText()).anyMatch(text -> text.startsWith(HOSTILE));
        assertThat(raw).doesNotContain(HOSTILE);

        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]")).isEmpty();
        assertThat(page.select("link, img, iframe, object, embed")).isEmpty();
        assertThat(raw).doesNotContainPattern("(?i)url\\(|@import|@font-face|https?://(?!www\\.w3\\.org/2000/svg)");

        assertThat(page.select("[data-figure=published] .value").text()).isEqualTo("1,234");
        assertThat(page.select("[data-figure=p95] .value").text()).isEqualTo("900 ms");
        assertThat(page.select("[data-figure=wall] .value").text()).isEqualTo("4 min 14 s");
        assertThat(page.select("#faults-table tbody tr")).hasSize(1);
        assertThat(page.select("#faults-table tbody td").eachText())
                .containsExactly("hub down", "Hackney", "2", "1 min 30 s", "57", "12.5 s", "0");
        assertThat(page.select("#faults .verdict").text())
                .contains("No delivery held back by a fault was lost, but 10 expected deliveries never arrived.");
        assertThat(page.select("#network-metrics tbody tr")).hasSize(11);
        assertThat(page.select("#network-metrics tbody tr").first().select("td").eachText())
                .containsExactly("Nodes", "8", "10", "+2");
    }

    @Test
    void withoutLossesTheVerdictSaysNothingWasLost() {
        LabReport lossless = withLost(sample(), 0);
        assertThat(ReportSections.verdict(lossless, lossless.faults()))
                .isEqualTo("1 fault was injected. Nothing was lost: every delivery held back by a fault arrived "
                        + "after it ended.");
    }

    @Test
    void aRunWithNothingInItStillWritesBothFiles() throws IOException {
        LabReport empty = new LabReport("empty", 1, 0, 0, 0, null, Duration.ZERO, 0, 0, 0, 0, 0, null, null, null, 0,
                0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        ReportFiles.Written written = ReportFiles.write(out.resolve("nested"), empty);

        JsonNode json = MAPPER.readTree(written.json().toFile());
        assertThat(json.get("started_at").isNull()).isTrue();
        assertThat(json.get("propagation_ms").isNull()).isTrue();
        assertThat(json.at("/network/before").isNull()).isTrue();
        assertThat(json.at("/network/change").isNull()).isTrue();
        Document page = Jsoup.parse(written.html().toFile());
        assertThat(page.select("svg[role=img]").eachAttr("id")).containsExactly("chart-daily", "chart-propagation",
                "chart-memory", "network-before", "network-after", "map");
        assertThat(page.select("circle")).isEmpty();
        assertThat(page.select("#faults .verdict").text())
                .isEqualTo("No faults were injected in this run. Nothing was lost: every expected delivery arrived.");
    }

    private static LabReport withLost(LabReport r, long lost) {
        return new LabReport(r.scenario(), r.seed(), r.hubs(), r.residents(), r.days(), r.startedAt(), r.wall(),
                r.published(), r.expected(), r.delivered(), lost, r.duplicates(), r.propagation(), r.toHub(),
                r.toResidents(), r.deliveriesPerSecond(), r.attempts(), r.failures(), r.retries(), r.hubFigures(),
                r.faults(), r.daily(), r.propagationHistogram(), r.kinds(), r.before(), r.after(), r.map());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A small run by hand: three hubs, one fault, two network snapshots from the Hub's JSON, five map points. */
    static LabReport sample() {
        List<LabReport.HubFigures> hubs = List.of(
                new LabReport.HubFigures("Hackney", "Hackney & Dalston", "http://127.0.0.1:8081", 600, 300L << 20,
                        350L << 20, 120L << 20, 1),
                new LabReport.HubFigures("Lambeth", "Lambeth", "http://127.0.0.1:8082", 634, 320L << 20,
                        400L << 20, 140L << 20, 0),
                new LabReport.HubFigures("london", "London", "http://127.0.0.1:8080", 0, 410L << 20, 480L << 20,
                        200L << 20, 0));
        NetworkSnapshots snapshots = new NetworkSnapshots(42, NetworkSnapshots.hubNames(hubs));
        NetworkSnapshots.BeforeAndAfter network = snapshots.beforeAndAfter(
                NetworkSnapshotsTest.network(8, List.of("h1-h2", "h2-h3", "h3-h1", "l1-l2", "l2-l3", "h3-l1")),
                NetworkSnapshotsTest.network(10, List.of("h1-h2", "h2-h3", "h3-h1", "l1-l2", "l2-l3", "l3-l1",
                        "h3-l1", "h4-h5", "h5-h1", "l4-l5", "h2-l2")));
        long[] times = new long[4990];
        for (int i = 0; i < times.length; i++) {
            times[i] = 20 + i * 8L;
        }
        return new LabReport("a week in " + HOSTILE, 42, 2, 30, 3, Instant.parse("2026-12-07T09:00:00Z"),
                Duration.ofSeconds(254), 1234, 5000, 4990, 10, 3,
                new LabReport.Percentiles(4990, 120, 900, 2500, 40_000),
                new LabReport.Percentiles(1234, 80, 400, 1200, 9000),
                new LabReport.Percentiles(3756, 150, 1100, 3000, 40_000), 37.5, 5200, 48, 40, hubs,
                List.of(new LabReport.FaultFigures("hub down", "Hackney", 2, Duration.ofSeconds(90), 57,
                        Duration.ofMillis(12_500), 0)),
                List.of(new LabReport.DayFigures(1, "2026-12-01", 400, 1650, 0, 700),
                        new LabReport.DayFigures(2, "2026-12-02", 420, 1640, 48, 2400),
                        new LabReport.DayFigures(3, "2026-12-03", 414, 1700, 0, 650)),
                ReportMath.histogram(times),
                List.of(new LabReport.KindFigures("post", 700, 2800, 2795, 5),
                        new LabReport.KindFigures("asset", 34, 136, 131, 5),
                        new LabReport.KindFigures("reply", 500, 500, 500, 0)),
                network.before(), network.after(),
                List.of(new LabReport.MapPoint("Dalston tool library", "Hackney", "asset", 51.546, -0.055),
                        new LabReport.MapPoint(HOSTILE, "Hackney", "asset", 51.55, -0.06),
                        new LabReport.MapPoint("Hackney Marshes", "Hackney", "asset", 51.56, -0.03),
                        new LabReport.MapPoint("Brixton fridge", "Lambeth", "asset", 51.462, -0.114),
                        new LabReport.MapPoint("Vauxhall garden", "Lambeth", "asset", 51.486, -0.123)));
    }
}
