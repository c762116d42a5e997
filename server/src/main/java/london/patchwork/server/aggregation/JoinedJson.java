package london.patchwork.server.aggregation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The views across hubs as the JSON API shows them, in snake_case; every item names its origin hub. Empty lists and
 * nulls are written, so a client reads the same fields whatever a page holds.
 */
final class JoinedJson {

    private JoinedJson() {
    }

    /** The hub an item comes from. {@code handle} is null for an origin that is no hub joined here. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Origin(String name, @Nullable String handle, String url, @Nullable String area) {

        static Origin of(JoinedHubs.Origin origin) {
            return new Origin(origin.name(), origin.handle(), origin.url(), origin.area());
        }
    }

    /**
     * One indexed item.
     *
     * @param uri its ActivityPub id; {@code url} its page on its origin
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String uri, String kind, String title, String summary, String url, @Nullable String author,
                Instant published, @Nullable Instant updated, @JsonProperty("starts_at") @Nullable Instant startsAt,
                @JsonProperty("ends_at") @Nullable Instant endsAt, @Nullable String category,
                @Nullable Double latitude, @Nullable Double longitude, Origin origin) {

        static Item of(ItemIndexRow row, Map<String, JoinedHubs.Origin> hubs) {
            return new Item(row.uri(), row.kind(), row.title(), row.summary(), row.url(), row.author(),
                    row.published(), row.updated(), row.startsAt(), row.endsAt(), row.category(), row.latitude(),
                    row.longitude(), Origin.of(JoinedHubs.label(hubs, row.origin())));
        }
    }

    /** One page of items; {@code nextPage} is null on the last. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Page(List<Item> items, int page, @JsonProperty("next_page") @Nullable Integer nextPage) {
    }

    /** RFC 7946: longitude first; the id is the asset's {@code Place} id on its origin. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FeatureCollection(String type, List<Feature> features, int page,
                             @JsonProperty("next_page") @Nullable Integer nextPage) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Feature(String type, String id, Geometry geometry, MapProperties properties) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Geometry(String type, List<Double> coordinates) {
    }

    /**
     * What the map's script shows (as on {@code /map}), the original id and page, and the origin hub.
     *
     * @param id an id unique on the page (this instance's row), for the list's anchors
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MapProperties(String id, String uri, String name, String kind, @Nullable String category,
                         @JsonProperty("category_name") @Nullable String categoryName, String url, String summary,
                         Origin origin) {
    }

    /** The network across hubs, with each node's and tie's hubs and the figures between hubs. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Network(List<Node> nodes, List<Tie> ties, Figures figures) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Node(String key, String name, String kind, @Nullable String category, String url, Origin origin) {
    }

    /** {@code bridge}: its two ends are on two different hubs. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Tie(long id, String from, String to, String type, boolean mutual, int strength, boolean bridge) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Figures(int ties, long bridges, List<Pair> pairs, List<Broker> brokers) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Pair(Origin first, Origin second, int ties) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Broker(String key, String name, String url, Origin origin, int hubs, int ties) {
    }
}
