package london.patchwork.server.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Where local changes become activities. {@link #publish} must run inside the transaction that makes the
 * change: the activity is then stored if and only if the change is, and the delivery workers pick it up
 * from the table (fan-out state {@code pending}), so nothing is lost if the process dies right after.
 */
@Singleton
public class Outbox {

    private final LocalActivityRepository activities;
    private final ActivityJson json;
    private final Uris uris;

    public Outbox(LocalActivityRepository activities, ActivityJson json, Uris uris) {
        this.activities = activities;
        this.json = json;
        this.uris = uris;
    }

    /** Reserves the id (and so the URI) of an activity about to be built. */
    public URI newActivityUri() {
        return uris.activity(activities.nextId());
    }

    /**
     * Stores an activity for delivery to everyone it addresses.
     *
     * @param activity an activity whose id came from {@link #newActivityUri()}
     * @param objectId the local object it is about, if any
     * @param isPublic whether it is listed in the actor's outbox
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public LocalActivity publish(Actor actor, Activity activity, @Nullable Long objectId, boolean isPublic) {
        long id = idOf(activity.id());
        String raw = new String(json.write(activity), StandardCharsets.UTF_8);
        Instant published = activity.published() != null ? activity.published() : Instant.now();
        return activities.save(new LocalActivity(id, activity.id().toString(), activity.type(), actor.id(), objectId,
                isPublic, raw, published, "pending", null));
    }

    /** A deleted object's activities leave the outbox and their ids, so its content is no longer served anywhere. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void unlist(long objectId) {
        activities.unlistForObject(objectId);
    }

    /** The activities of one type published about a local object, oldest first. */
    public List<LocalActivity> activitiesAbout(long objectId, String type) {
        return activities.findByObjectIdAndType(objectId, type);
    }

    /**
     * Replaces what a published activity says, keeping its id: an edited object's {@code Create} then shows the
     * latest version in the outbox and at its id, as Mastodon's outbox does. It is not sent again; followers got
     * the edit as its own {@code Update}.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void rewrite(LocalActivity published, Activity current) {
        if (!current.id().toString().equals(published.uri())) {
            throw new IllegalArgumentException("a rewrite keeps the activity's id: " + published.uri());
        }
        activities.updateRaw(published.id(), new String(json.write(current), StandardCharsets.UTF_8));
    }

    private long idOf(URI activityUri) {
        String text = activityUri.toString();
        String prefix = uris.activity(0).toString();
        prefix = prefix.substring(0, prefix.length() - 1);
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException("not a local activity URI: " + activityUri);
        }
        return Long.parseLong(text.substring(prefix.length()));
    }
}
