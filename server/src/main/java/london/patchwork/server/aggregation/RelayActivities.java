package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.Audience;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Follow;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Undo;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Relay activities at the edge: the Follow of {@code as:Public} a joining hub sends and its Undo, the relay's
 * Accept and its LitePub-style {@code Announce} of an object id, and what arrives at the relay's inbox, read into
 * a {@link Relayed} record.
 */
@Singleton
public class RelayActivities {

    private final ObjectMapper json;

    public RelayActivities(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An activity at the relay's inbox, as far as the relay reads it.
     *
     * @param type         the activity's type
     * @param id           its id
     * @param objectId     the id of its object (for Undo, of the undone activity)
     * @param followObject for a Follow, or the Follow an Undo embeds: what is followed (the relay or as:Public)
     * @param undoneType   for an Undo with an embedded activity, that activity's type
     * @param isPublic     whether as:Public is in its {@code to} (public; unlisted has it only in {@code cc})
     */
    public record Relayed(String type, URI id, @Nullable URI objectId, @Nullable URI followObject,
                          @Nullable String undoneType, boolean isPublic) {
    }

    /** Reads a verified body; empty when it names no object. */
    public Optional<Relayed> read(byte[] body) {
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (activity == null || !activity.isObject()) {
            return Optional.empty();
        }
        JsonNode object = activity.path("object");
        Optional<URI> objectId = idOf(object);
        Optional<URI> id = idOf(activity);
        if (objectId.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        String type = activity.path("type").asText("");
        URI followObject = switch (type) {
            case "Follow" -> objectId.get();
            case "Undo" -> idOf(object.path("object")).orElse(null);
            default -> null;
        };
        String undone = object.isObject() ? object.path("type").asText(null) : null;
        return Optional.of(new Relayed(type, id.get(), objectId.get(), followObject, undone,
                Audience.of(activity).to().stream().anyMatch(PublicAddress::isPublic)));
    }

    public static boolean isPublic(URI uri) {
        return PublicAddress.isPublic(uri);
    }

    /** The joining hub's Follow of as:Public, to the relay actor (Mastodon's form, which LitePub relays take too). */
    public Follow followPublic(URI id, URI hub, URI relay, Instant at) {
        return Activity.of(Follow::new, id, hub, Ref.to(PublicAddress.IRI),
                ObjectFields.builder().to(relay).published(at).build());
    }

    /** Leaving: the Undo embeds the Follow, as relays match it. */
    public Undo leave(URI id, URI hub, URI followId, URI relay, Instant at) {
        Follow follow = Activity.of(Follow::new, followId, hub, Ref.to(PublicAddress.IRI),
                ObjectFields.builder().to(relay).build());
        return Activity.of(Undo::new, id, hub, Ref.<ApObject>of(follow),
                ObjectFields.builder().to(relay).published(at).build());
    }

    /** The relay accepts a subscriber's Follow; it embeds the Follow (id, actor, object), as Mastodon matches it. */
    public Accept accept(URI id, URI relay, URI followId, URI follower, URI followed, Instant at) {
        Follow follow = Activity.of(Follow::new, followId, follower, Ref.to(followed), ObjectFields.builder().build());
        return Activity.of(Accept::new, id, relay, Ref.<ApObject>of(follow),
                ObjectFields.builder().to(follower).published(at).build());
    }

    /** The relay re-announces an object by id (LitePub style): public, to the other subscribers. */
    public Announce announce(URI id, URI relay, URI object, List<URI> subscribers, Instant at) {
        return Activity.of(Announce::new, id, relay, Ref.to(object), ObjectFields.builder().to(PublicAddress.IRI)
                .cc(subscribers.toArray(URI[]::new)).published(at).build());
    }

    private static Optional<URI> idOf(JsonNode node) {
        String text = node.isTextual() ? node.asText() : node.path("id").asText(null);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
