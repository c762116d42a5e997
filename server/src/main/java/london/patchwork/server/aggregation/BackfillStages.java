package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.InboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One stage of a hub's backfill: a collection's most recent items handed, oldest first (so a later Update or Delete
 * follows its Create), to the inbox, where the same handlers as live deliveries apply them once. An outbox's
 * activities are stored as they are (their id and actor on the hub's origin, as the hub served them); an object of
 * the events, assets or connections collections is stored as a {@code Create} by its author (or the hub's Group)
 * with an id made from the object's ({@link HubActivities#create}). Storing is by id, once: a backfill run twice, or
 * an item that also came live, is applied once.
 */
@Singleton
class BackfillStages {

    /** The inbox row's key id: no signature was checked, the hub's origin was read directly. */
    static final String KEY_ID = "backfill";
    private static final Logger LOG = LoggerFactory.getLogger(BackfillStages.class);

    private final BackfillPages pages;
    private final HubActivities activities;
    private final RemoteActors remoteActors;
    private final InboxStore inbox;
    private final SharingRepository shares;

    BackfillStages(BackfillPages pages, HubActivities activities, RemoteActors remoteActors, InboxStore inbox,
                   SharingRepository shares) {
        this.pages = pages;
        this.activities = activities;
        this.remoteActors = remoteActors;
        this.inbox = inbox;
        this.shares = shares;
    }

    /**
     * Backfills one collection.
     *
     * @param outbox whether it is the Group's outbox (activities) rather than a collection of objects
     * @return how many items were handed to the inbox
     * @throws ActivityHandler.RetryLater when the hub could not be reached
     */
    int run(Hub hub, URI group, URI collection, boolean outbox, int limit) throws ActivityHandler.RetryLater,
            InterruptedException {
        BackfillPages.Read read = pages.newest(collection, hub.origin(), limit);
        List<ApObject> oldestFirst = new ArrayList<>(read.items());
        java.util.Collections.reverse(oldestFirst);
        int stored = 0;
        int skipped = read.skipped();
        for (ApObject item : oldestFirst) {
            Optional<Activity> activity = outbox ? activities.activity(item) : Optional.of(synthesized(item, group,
                    hub.origin()));
            if (activity.isEmpty() || !store(hub, activity.get())) {
                skipped++;
                continue;
            }
            stored++;
        }
        LOG.info("event=backfill_stage hub={} collection={} stored={} skipped={}", hub.id(), collection, stored,
                skipped);
        return stored;
    }

    private Create synthesized(ApObject object, URI group, String origin) {
        URI author = activities.author(object).filter(uri -> BackfillPages.onOrigin(uri, origin)).orElse(group);
        return activities.create(object, author);
    }

    /** Hands one activity to the inbox, if its id and actor are on the hub's origin and its actor can be had. */
    private boolean store(Hub hub, Activity activity) throws ActivityHandler.RetryLater, InterruptedException {
        URI actorUri = activity.actor().map(Ref::id).orElse(null);
        if (!BackfillPages.onOrigin(activity.id(), hub.origin()) || !BackfillPages.onOrigin(actorUri, hub.origin())) {
            return false;
        }
        Actor actor;
        try {
            actor = remoteActors.resolve(actorUri);
        } catch (RemoteActorException e) {
            if (e.reason() == RemoteActorException.Reason.FETCH_FAILED
                    && !(e.getCause() instanceof FetchException fetch && fetch.isPermanent())) {
                throw new ActivityHandler.RetryLater("actor " + actorUri + ": " + e.getMessage(), e);
            }
            return false;
        }
        // Old content is not announced again by the sharing: recorded first, so the handler finds it recorded.
        activity.object().map(Ref::id).filter(id -> BackfillPages.onOrigin(id, hub.origin()))
                .ifPresent(id -> shares.recordOnce(id.toString(), hub.id(), false));
        if (!inbox.storeOnce(activity.id().toString(), activity.type(), actor.uri(), KEY_ID,
                activities.write(activity))) {
            // Delivered live before this instance's follow was accepted, and ignored then: it belongs here now.
            inbox.retryIgnored(activity.id().toString());
        }
        return true;
    }
}
