package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ActorFields;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.CollectionLike;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Group;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The protocol edge of joining up: reads a hub's Group document and its collection pages, and writes the
 * activities this instance makes of them (the backfill's synthesized {@code Create}, the Group's {@code Announce}).
 * Nothing else in the package touches the vocabulary.
 */
@Singleton
class HubActivities {

    /** Where a hub's Group says its content is, and the area it serves. */
    record GroupDocument(@io.micronaut.core.annotation.Nullable String area, Optional<URI> outbox,
                         Optional<URI> events, Optional<URI> assets, Optional<URI> connections) {
    }

    /** A collection or page as read: its items (embedded, or by id) and where the next page is. */
    record Page(List<Item> items, Optional<URI> first, Optional<URI> next) {
    }

    /** One item of a page: its id, and the item itself when it was embedded. */
    record Item(URI id, Optional<ApObject> embedded) {
    }

    private final ActivityJson json;
    private final Uris uris;

    HubActivities(ActivityJson json, Uris uris) {
        this.json = json;
        this.uris = uris;
    }

    /** The Group's document as its origin served it (the actors table keeps it); empty when it is no Group. */
    Optional<GroupDocument> group(String raw) {
        ApObject read;
        try {
            read = json.read(raw.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (!(read instanceof Group group)) {
            return Optional.empty();
        }
        ActorFields fields = group.actorFields();
        return Optional.of(new GroupDocument(fields.area(), id(fields.outbox()), id(fields.hubEvents()),
                id(fields.hubAssets()), id(fields.hubConnections())));
    }

    /** A collection or one of its pages; empty when the document is neither. */
    Optional<Page> page(ApObject document) {
        if (!(document instanceof CollectionLike collection)) {
            return Optional.empty();
        }
        List<Item> items = collection.collection().items().stream().filter(ref -> ref.id() != null)
                .map(ref -> new Item(ref.id(), ref.embedded())).toList();
        return Optional.of(new Page(items, id(collection.collection().first()), id(collection.collection().next())));
    }

    /** Whether an item is an activity, and then its id, type and actor. */
    Optional<Activity> activity(ApObject item) {
        return item instanceof Activity activity && activity.actor().map(Ref::id).isPresent()
                ? Optional.of(activity) : Optional.empty();
    }

    /** Who an object says its author is, if it says. */
    Optional<URI> author(ApObject object) {
        return object instanceof AsObject asObject ? Optional.ofNullable(asObject.fields().attributedToId())
                : Optional.empty();
    }

    /**
     * The {@code Create} a backfilled object is applied with: by {@code actor} (its author, or the hub's Group), with
     * an id made from the object's own (so it is on the hub's origin and the same every time: a second backfill of
     * the same object is a redelivery, stored once). Safe because the object embedded is exactly what its origin
     * served when fetched, not anyone's claim; the id cannot clash with the hub's own activities, whose ids never
     * carry this fragment.
     */
    Create create(ApObject object, URI actor) {
        URI id = URI.create(object.id().toString().replaceFirst("#.*$", "") + "#patchwork-backfill");
        return Activity.of(Create::new, id, actor, Ref.of(object), ObjectFields.builder().to(PublicAddress.IRI)
                .build());
    }

    /** {@code Announce} of an object by id, by this instance's Group: to Public, cc the Group's followers. */
    Announce announce(URI id, URI group, String groupUsername, URI object) {
        return Activity.of(Announce::new, id, group, Ref.to(object), ObjectFields.builder().to(PublicAddress.IRI)
                .cc(uris.followers(groupUsername)).published(Instant.now()).build());
    }

    String write(ApObject object) {
        return new String(json.write(object), StandardCharsets.UTF_8);
    }

    private static Optional<URI> id(@io.micronaut.core.annotation.Nullable Ref<ApObject> ref) {
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.id());
    }
}
