package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code report.json}: every figure of a {@link LabReport}, with snake_case keys, ISO-8601 instants and durations
 * in milliseconds under keys ending {@code _ms}. Built key by key rather than by reflection so that the file's
 * schema is a decision written down here, not a side effect of renaming a record component.
 */
public final class ReportJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ReportJson() {
    }

    public static ObjectNode of(LabReport report) {
        ObjectNode root = JSON.objectNode();
        root.put("scenario", report.scenario());
        root.put("seed", report.seed());
        root.put("hub_count", report.hubs());
        root.put("residents", report.residents());
        root.put("days", report.days());
        root.put("started_at", report.startedAt() == null ? null : report.startedAt().toString());
        putMs(root, "wall_ms", report.wall());
        root.put("published", report.published());
        root.put("expected", report.expected());
        root.put("delivered", report.delivered());
        root.put("lost", report.lost());
        root.put("duplicates", report.duplicates());
        root.set("propagation_ms", percentiles(report.propagation()));
        root.set("to_hub_ms", percentiles(report.toHub()));
        root.set("to_residents_ms", percentiles(report.toResidents()));
        root.put("deliveries_per_second", report.deliveriesPerSecond());
        root.put("attempts", report.attempts());
        root.put("failures", report.failures());
        root.put("retries", report.retries());
        root.set("hubs", list(report.hubFigures(), (hub, node) -> {
            node.put("name", hub.name());
            node.put("area", hub.area());
            node.put("url", hub.url());
            node.put("published", hub.published());
            node.put("rss_bytes", hub.rssBytes());
            node.put("peak_rss_bytes", hub.peakRssBytes());
            node.put("heap_used_bytes", hub.heapUsedBytes());
            node.put("restarts", hub.restarts());
        }));
        root.set("faults", list(report.faults(), (fault, node) -> {
            node.put("kind", fault.kind());
            node.put("hub", fault.hub());
            node.put("day", fault.day());
            putMs(node, "lasted_ms", fault.lasted());
            node.put("held_back", fault.heldBack());
            putMs(node, "caught_up_ms", fault.caughtUp());
            node.put("lost_after", fault.lostAfter());
        }));
        root.set("daily", list(report.daily(), (day, node) -> {
            node.put("day", day.day());
            node.put("date", day.date());
            node.put("published", day.published());
            node.put("delivered", day.delivered());
            node.put("failures", day.failures());
            node.put("p95_ms", day.p95());
        }));
        root.set("kinds", list(report.kinds(), (kind, node) -> {
            node.put("kind", kind.kind());
            node.put("published", kind.published());
            node.put("expected", kind.expected());
            node.put("delivered", kind.delivered());
            node.put("lost", kind.lost());
        }));
        root.set("propagation_histogram", list(report.propagationHistogram(), (bucket, node) -> {
            // The last bucket has no upper bound; null says so where a huge number would mislead.
            if (bucket.upToMs() == ReportMath.MORE) {
                node.putNull("up_to_ms");
            } else {
                node.put("up_to_ms", bucket.upToMs());
            }
            node.put("count", bucket.count());
        }));
        ObjectNode network = root.putObject("network");
        network.set("before", snapshot(report.before()));
        network.set("after", snapshot(report.after()));
        network.set("change", change(report.before(), report.after()));
        root.set("map", list(report.map(), (point, node) -> {
            node.put("name", point.name());
            node.put("hub", point.hub());
            node.put("kind", point.kind());
            node.put("latitude", point.latitude());
            node.put("longitude", point.longitude());
        }));
        return root;
    }

    private static ObjectNode percentiles(LabReport.Percentiles percentiles) {
        if (percentiles == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        node.put("p50", percentiles.p50());
        node.put("p95", percentiles.p95());
        node.put("p99", percentiles.p99());
        node.put("max", percentiles.max());
        node.put("count", percentiles.count());
        return node;
    }

    private static ObjectNode snapshot(LabReport.NetworkSnapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        node.put("label", snapshot.label());
        node.set("metrics", metrics(snapshot.metrics()));
        node.set("nodes", list(snapshot.nodes(), (n, json) -> {
            json.put("key", n.key());
            json.put("name", n.name());
            json.put("hub", n.hub());
            json.put("kind", n.kind());
            json.put("x", n.x());
            json.put("y", n.y());
            json.put("core", n.core());
            json.put("in_core", n.inCore());
            json.put("cluster", n.cluster());
        }));
        node.set("ties", list(snapshot.ties(), (tie, json) -> {
            json.put("from", tie.from());
            json.put("to", tie.to());
            json.put("type", tie.type());
            json.put("across_hubs", tie.acrossHubs());
            json.put("bridge", tie.bridge());
        }));
        return node;
    }

    private static ObjectNode metrics(LabReport.NetworkMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        NetworkChange.rows(metrics).forEach(row -> {
            if (row.whole()) {
                node.put(row.key(), (long) row.value());
            } else {
                node.put(row.key(), row.value());
            }
        });
        return node;
    }

    /** AFTER minus BEFORE for each metric; absent when either snapshot is. */
    private static ObjectNode change(LabReport.NetworkSnapshot before, LabReport.NetworkSnapshot after) {
        if (before == null || after == null || before.metrics() == null || after.metrics() == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        for (NetworkChange change : NetworkChange.between(before.metrics(), after.metrics())) {
            if (change.whole()) {
                node.put(change.key(), (long) change.difference());
            } else {
                node.put(change.key(), change.difference());
            }
        }
        return node;
    }

    private static void putMs(ObjectNode node, String key, Duration duration) {
        if (duration == null) {
            node.putNull(key);
        } else {
            node.put(key, duration.toMillis());
        }
    }

    private static <T> ArrayNode list(List<T> items, BiConsumer<T, ObjectNode> fill) {
        ArrayNode array = JSON.arrayNode();
        if (items != null) {
            items.forEach(item -> fill.accept(item, array.addObject()));
        }
        return array;
    }
}
