package london.patchwork.server.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.util.Optional;

/**
 * Runs an activity's handler and marks its row in one transaction, so an activity is applied exactly once even
 * when it is delivered twice. A handler that asks to retry rolls its own work back with it.
 */
@Singleton
public class InboxApplier {

    private final ActivityRoutes routes;
    private final InboxActivityRepository activities;
    private final MeterRegistry meters;

    public InboxApplier(ActivityRoutes routes, InboxActivityRepository activities, MeterRegistry meters) {
        this.routes = routes;
        this.activities = activities;
        this.meters = meters;
    }

    @Transactional(rollbackFor = ActivityHandler.RetryLater.class)
    public void apply(InboxActivity row, InboundActivity inbound) throws ActivityHandler.RetryLater {
        String type = inbound.activity().type();
        Optional<ActivityHandler> handler = routes.find(type, inbound.objectKind());
        HandlerOutcome outcome = handler.isPresent() ? handler.get().handle(inbound)
                : HandlerOutcome.ignored("no handler for " + ActivityPattern.of(type, inbound.objectKind()));
        activities.finish(row.id(), outcome.applied() ? "done" : "ignored", Sql.excerpt(outcome.detail()));
        meters.counter("patchwork.inbox.processed", "outcome", outcome.applied() ? "applied" : "ignored").increment();
    }
}
