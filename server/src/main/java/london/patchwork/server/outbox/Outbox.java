package london.patchwork.server.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Ref;
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

    /**
     * Brings the {@code Create} of an edited object up to date, so the outbox and the activity's id show the latest
     * version, as Mastodon's outbox does. Followers got the edit as its own {@code Update}.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refreshCreate(long objectId, ApObject current) {
        for (LocalActivity activity : activities.findByObjectIdAndType(objectId, "Create")) {
            if (json.read(activity.raw().getBytes(StandardCharsets.UTF_8)) instanceof Create create) {
                ActivityFields fields = create.activityFields();
                Create refreshed = new Create(create.id(), create.fields(), new ActivityFields(fields.actor(),
                        List.of(Ref.of(current)), fields.target(), fields.origin(), fields.result(),
                        fields.instrument()), create.extra());
                activities.updateRaw(activity.id(), new String(json.write(refreshed), StandardCharsets.UTF_8));
            }
        }
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
