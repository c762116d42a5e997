package london.patchwork.server.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.ActivityBody;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.outbox.LocalActivityRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes each activity is delivered as, with the local actor that signs them. One activity goes to many
 * inboxes, so its body is built once (the stored raw JSON without bto and bcc) and kept for the next jobs.
 */
@Singleton
public class OutgoingActivities {

    /** Enough for the activities being fanned out at any one time; older ones are read again if needed. */
    private static final int CACHED = 256;

    private final LocalActivityRepository activities;
    private final ActorRepository actors;
    private final Map<Long, Outgoing> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Outgoing> eldest) {
            return size() > CACHED;
        }
    };

    private final ObjectMapper json;

    public OutgoingActivities(LocalActivityRepository activities, ActorRepository actors, ObjectMapper json) {
        this.activities = activities;
        this.actors = actors;
        this.json = json;
    }

    /**
     * The activity as it is sent, or empty when it no longer exists.
     *
     * @throws IllegalArgumentException when the stored activity cannot be sent (not a JSON object, too deep)
     */
    public Optional<Outgoing> find(long activityId) {
        synchronized (cache) {
            Outgoing cached = cache.get(activityId);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<Outgoing> loaded = activities.findById(activityId).flatMap(activity ->
                actors.findById(activity.actorId()).map(actor -> new Outgoing(body(activity.raw()), actor)));
        loaded.ifPresent(outgoing -> {
            synchronized (cache) {
                cache.put(activityId, outgoing);
            }
        });
        return loaded;
    }

    private byte[] body(String raw) {
        try {
            return ActivityBody.serialize(json.readTree(raw));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored activity is not JSON", e);
        }
    }

    /**
     * An activity ready to send.
     *
     * @param body  the delivery body (treat as read-only: it is shared by every job of the activity)
     * @param actor the local actor whose key signs it
     */
    public record Outgoing(byte[] body, Actor actor) {
    }
}
