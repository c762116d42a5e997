package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.follows.FollowService;
import london.patchwork.server.instance.OriginContent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The writes of joining and leaving a hub, each in one transaction with its follow or unfollow. */
@Singleton
class HubRows {

    private final HubRepository hubs;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final FollowService follows;
    private final HubActivities activities;
    private final List<OriginContent> contents;

    HubRows(HubRepository hubs, ActorRepository actors, LocalActors localActors, FollowService follows,
            HubActivities activities, List<OriginContent> contents) {
        this.hubs = hubs;
        this.actors = actors;
        this.localActors = localActors;
        this.follows = follows;
        this.activities = activities;
        this.contents = contents;
    }

    /** This instance's Group follows the hub's, and the hub is stored with its backfill pending. */
    @Transactional
    HubService.Added join(Actor group, String origin, @Nullable Long addedBy) {
        Optional<Hub> existing = hubs.findByActorId(group.id()).or(() -> hubs.findByOrigin(origin));
        if (existing.isPresent()) {
            return new HubService.Added(existing.get(), false);
        }
        follows.follow(localActors.hub(), group);
        String area = group.raw() == null ? null
                : activities.group(group.raw()).map(HubActivities.GroupDocument::area).orElse(null);
        String handle = "@" + group.username() + "@" + group.host();
        Hub hub = hubs.save(new Hub(null, group.id(), origin, handle, group.displayName(), group.summary(), area,
                null, null, null, Instant.now(), addedBy, null, null, null, Hub.PENDING, null, 0, null,
                Instant.now()));
        return new HubService.Added(hub, true);
    }

    /** Unfollows the hub, forgets what every capability keeps from its origin, and deletes its row. */
    @Transactional
    Optional<Long> leave(long id) {
        Optional<Hub> hub = hubs.findById(id);
        if (hub.isEmpty()) {
            return Optional.empty();
        }
        actors.findById(hub.get().actorId()).ifPresent(group -> follows.unfollow(localActors.hub(), group));
        long forgotten = 0;
        for (OriginContent content : contents) {
            forgotten += content.forget(hub.get().origin());
        }
        hubs.deleteById(id);
        return Optional.of(forgotten);
    }
}
