package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.database.Sql;
import london.patchwork.server.follows.FollowService;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.work.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A joined hub's recent history, fetched in stages: its Group's outbox, then the events, assets and connections
 * collections its Group links (a hub without them is backfilled from its outbox alone). Each stage is committed to
 * {@code hubs.backfill_cursor} (the stages done, in order) when it ends, so a restart resumes at the next stage.
 * A hub that cannot be reached is tried again with back-off ({@link #DOWN}) for a week after it was added, and caught
 * up when it returns; anything else that breaks is tried {@link #MAX_BREAKS} times, then the backfill has failed.
 */
@Singleton
class Backfill {

    /** Stage names, in order; the cursor lists the ones done. */
    static final List<String> STAGES = List.of("outbox", "events", "assets", "connections");
    /** Back-off while the hub is down: 5 s, 10 s, 20 s ... up to 30 minutes, for a week. */
    static final RetryPolicy DOWN = new RetryPolicy(Duration.ofSeconds(5), 2, 0.25, Duration.ofMinutes(30),
            Duration.ofDays(7));
    static final int MAX_BREAKS = 5;
    /** How long a claimed stage may run before another worker may take the hub again. */
    static final String LEASE = "2 minutes";
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    private final BackfillRepository rows;
    private final BackfillStages stages;
    private final ActorRepository actors;
    private final RemoteActors remoteActors;
    private final HubActivities activities;
    private final AggregationConfiguration configuration;
    private final FollowService follows;
    private final LocalActors localActors;

    Backfill(BackfillRepository rows, BackfillStages stages, ActorRepository actors, RemoteActors remoteActors,
             HubActivities activities, AggregationConfiguration configuration, FollowService follows,
             LocalActors localActors) {
        this.follows = follows;
        this.localActors = localActors;
        this.rows = rows;
        this.stages = stages;
        this.actors = actors;
        this.remoteActors = remoteActors;
        this.activities = activities;
        this.configuration = configuration;
    }

    Optional<Hub> claim() {
        return rows.claimDue(LEASE).stream().findFirst();
    }

    /**
     * Runs the hub's next stage and records how it went.
     *
     * @return true when there is more to do now (the next stage)
     */
    boolean step(Hub hub) {
        try {
            return next(hub);
        } catch (ActivityHandler.RetryLater | Unreachable e) {
            Optional<Instant> next = DOWN.nextAttempt(rows.attempts(hub.id()) + 1,
                    hub.addedAt() == null ? Instant.now() : hub.addedAt(), Instant.now(),
                    ThreadLocalRandom.current().nextDouble());
            record(hub, next, (e instanceof Unreachable ? "" : "hub unreachable: ") + e.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            int attempts = rows.attempts(hub.id()) + 1;
            record(hub, attempts >= MAX_BREAKS ? Optional.empty()
                    : Optional.of(Instant.now().plus(DOWN.delayAfter(attempts, 0.5))), e.toString());
        }
        return false;
    }

    private void record(Hub hub, Optional<Instant> next, String error) {
        String excerpt = Sql.excerpt(error);
        if (next.isPresent()) {
            rows.retryAt(hub.id(), excerpt, next.get());
            LOG.info("event=backfill_retry hub={} next={} error=\"{}\"", hub.id(), next.get(), excerpt);
        } else {
            rows.failed(hub.id(), excerpt);
            LOG.warn("event=backfill_failed hub={} error=\"{}\"", hub.id(), excerpt);
        }
    }

    private boolean next(Hub hub) throws ActivityHandler.RetryLater, InterruptedException {
        Set<String> done = new LinkedHashSet<>(hub.backfillCursor() == null || hub.backfillCursor().isBlank()
                ? List.of() : Arrays.asList(hub.backfillCursor().split(",")));
        Optional<String> stage = STAGES.stream().filter(name -> !done.contains(name)).findFirst();
        if (stage.isEmpty()) {
            rows.finished(hub.id(), String.join(",", done), hub.backfillItems());
            return false;
        }
        Actor group = group(hub);
        if (!follows.relationship(localActors.hub(), group).following()) {
            // The inbox keeps a hub's content only from a Group followed here: until the hub accepts the follow,
            // what the backfill stored would be ignored, so it waits, with the same back-off as for a down hub.
            throw new Unreachable("waiting for " + group.uri() + " to accept the follow");
        }
        HubActivities.GroupDocument document = activities.group(group.raw() == null ? "" : group.raw())
                .orElseThrow(() -> new IllegalStateException(group.uri() + " is no longer a Group"));
        Optional<URI> collection = switch (stage.get()) {
            case "outbox" -> document.outbox().or(() -> Optional.ofNullable(group.outboxUri()).map(URI::create));
            case "events" -> document.events();
            case "assets" -> document.assets();
            default -> document.connections();
        };
        int stored = 0;
        if (collection.isPresent() && BackfillPages.onOrigin(collection.get(), hub.origin())) {
            stored = stages.run(hub, URI.create(group.uri()), collection.get(), stage.get().equals("outbox"),
                    configuration.backfillItems());
        }
        done.add(stage.get());
        List<String> cursor = new ArrayList<>(done);
        if (cursor.size() == STAGES.size()) {
            rows.finished(hub.id(), String.join(",", cursor), hub.backfillItems() + stored);
            LOG.info("event=backfill_done hub={} items={}", hub.id(), hub.backfillItems() + stored);
            return false;
        }
        rows.progressed(hub.id(), String.join(",", cursor), hub.backfillItems() + stored);
        return true;
    }

    /** The hub's Group as its origin serves it now: a down hub is found here, before any collection is read. */
    private Actor group(Hub hub) {
        Actor stored = actors.findById(hub.actorId())
                .orElseThrow(() -> new IllegalStateException("the hub's actor is gone"));
        try {
            return remoteActors.refresh(URI.create(stored.uri()));
        } catch (RemoteActorException e) {
            if (e.reason() == RemoteActorException.Reason.FETCH_FAILED
                    && !(e.getCause() instanceof FetchException fetch && fetch.isPermanent())) {
                throw new Unreachable("hub unreachable: " + e.getMessage());
            }
            throw new IllegalStateException(stored.uri() + ": " + e.getMessage(), e);
        }
    }

    /** The hub's Group could not be fetched now. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }
}
