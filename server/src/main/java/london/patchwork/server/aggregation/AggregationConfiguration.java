package london.patchwork.server.aggregation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How this instance joins up with other hubs ({@code patchwork.aggregation}, or {@code PATCHWORK_AGGREGATION_*}).
 *
 * @param shares        true on the pan-London Hub: what the hubs it joined publish is shared with its own followers
 *                      by {@code Announce} (by URI, never re-created), so residents who follow the Hub see the
 *                      whole network; {@code PATCHWORK_AGGREGATION_SHARES}
 * @param backfillItems how many of a newly joined hub's most recent items (per collection: outbox, events, assets,
 *                      connections) are fetched; {@code PATCHWORK_AGGREGATION_BACKFILL_ITEMS}
 */
@ConfigurationProperties("patchwork.aggregation")
public record AggregationConfiguration(
        @Bindable(defaultValue = "false") boolean shares,
        @Bindable(defaultValue = "200") int backfillItems) {
}
