package london.patchwork.server.aggregation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A joined hub as the API shows it (the directory's list, {@code GET /api/patchwork/hubs}, and what adding or reading
 * one answers), in snake_case as the rest of the hub's API.
 *
 * @param id     this instance's id for the hub, for {@code /api/patchwork/hubs/{id}}
 * @param actor  the hub's Group actor
 * @param origin {@code scheme://host[:port]}: what the URIs of everything the hub publishes start with
 */
@Serdeable
public record HubJson(String id, String handle, String actor, String origin, @Nullable String name,
                      @Nullable String summary, @Nullable String area, @Nullable String software, Counts counts,
                      @JsonProperty("added_at") Instant addedAt,
                      @JsonProperty("last_activity_at") @Nullable Instant lastActivityAt, Health health,
                      Backfill backfill) {

    /** What the hub says of itself (NodeInfo usage) and what is kept here from it. */
    @Serdeable
    public record Counts(@Nullable Integer members, @Nullable Integer posts, long events, long assets,
                         long connections) {
    }

    /**
     * @param reachable      whether the last read of its NodeInfo and Group actor succeeded (null: not read yet)
     * @param refreshedAt    when that was
     * @param lastDeliveryAt when this instance last delivered an activity to it successfully
     * @param circuit        the delivery circuit to its host: {@code closed} (healthy), {@code open} or
     *                       {@code half-open}
     */
    @Serdeable
    public record Health(@Nullable Boolean reachable, @JsonProperty("refreshed_at") @Nullable Instant refreshedAt,
                         @JsonProperty("last_delivery_at") @Nullable Instant lastDeliveryAt, String circuit) {
    }

    /** How far fetching its recent history has gone: {@code pending}, {@code running}, {@code done}, {@code failed}. */
    @Serdeable
    public record Backfill(String state, int items, @Nullable String error) {
    }
}
