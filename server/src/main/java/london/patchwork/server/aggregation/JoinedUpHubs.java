package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.server.site.JoinedUp;

import java.time.Duration;
import java.time.Instant;

/**
 * The navigation links the views across hubs on the pan-London Hub (which shares) and on any hub that has joined
 * another. Every page asks, so the answer is kept for a little while rather than read each time.
 */
@Singleton
class JoinedUpHubs implements JoinedUp {

    private static final Duration KEPT = Duration.ofSeconds(30);

    private final HubRepository hubs;
    private final AggregationConfiguration configuration;
    private volatile boolean joined;
    private volatile Instant readAt = Instant.EPOCH;

    JoinedUpHubs(HubRepository hubs, AggregationConfiguration configuration) {
        this.hubs = hubs;
        this.configuration = configuration;
    }

    @Override
    public boolean joinedUp() {
        if (configuration.shares()) {
            return true;
        }
        Instant now = Instant.now();
        if (readAt.plus(KEPT).isBefore(now)) {
            joined = hubs.count() > 0;
            readAt = now;
        }
        return joined;
    }
}
