package london.patchwork.server.inbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs activities' handlers and marks their rows in one transaction, so an activity is applied exactly once even
 * when it is delivered twice. A batch goes in one transaction (one commit, one disk flush, for all of it); a
 * handler that asks to retry, or breaks, rolls the whole batch back, and the dispatcher then applies its
 * activities one by one.
 */
@Singleton
public class InboxApplier {

    /** An activity ready for its handler, with its row. */
    public record Ready(InboxActivity row, InboundActivity inbound) {
    }

    private final ActivityRoutes routes;
    private final InboxActivityRepository activities;

    public InboxApplier(ActivityRoutes routes, InboxActivityRepository activities) {
        this.routes = routes;
        this.activities = activities;
    }

    /** Applies one activity; the outcome is committed when this returns. */
    @Transactional(rollbackFor = ActivityHandler.RetryLater.class)
    public HandlerOutcome apply(InboxActivity row, InboundActivity inbound) throws ActivityHandler.RetryLater {
        return handle(new Ready(row, inbound));
    }

    /** Applies a batch, in order, all or nothing; the outcomes are committed when this returns. */
    @Transactional(rollbackFor = ActivityHandler.RetryLater.class)
    public List<HandlerOutcome> applyAll(List<Ready> batch) throws ActivityHandler.RetryLater {
        List<HandlerOutcome> outcomes = new ArrayList<>(batch.size());
        for (Ready ready : batch) {
            outcomes.add(handle(ready));
        }
        return outcomes;
    }

    private HandlerOutcome handle(Ready ready) throws ActivityHandler.RetryLater {
        InboundActivity inbound = ready.inbound();
        String type = inbound.activity().type();
        Optional<ActivityHandler> handler = routes.find(type, inbound.objectKind());
        HandlerOutcome outcome = handler.isPresent() ? handler.get().handle(inbound)
                : HandlerOutcome.ignored("no handler for " + ActivityPattern.of(type, inbound.objectKind()));
        activities.finish(ready.row().id(), outcome.applied() ? "done" : "ignored", Sql.excerpt(outcome.detail()));
        return outcome;
    }
}
