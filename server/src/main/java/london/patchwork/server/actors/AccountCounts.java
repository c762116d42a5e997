package london.patchwork.server.actors;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What Mastodon's Account counts, for a local actor: accepted follows both ways, and posts not deleted. */
@Introspected
public record AccountCounts(long followers, long following, long statuses, @Nullable Instant lastStatusAt) {

    public static final AccountCounts NONE = new AccountCounts(0, 0, 0, null);
}
