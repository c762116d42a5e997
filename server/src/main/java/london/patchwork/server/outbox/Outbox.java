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
