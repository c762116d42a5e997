package london.patchwork.server.outbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.CollectionFields;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.OrderedCollectionPage;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The outbox and featured collections. Outbox pages are keyed by the last activity id seen ({@code max_id}), so a
 * new post does not shift the pages someone is walking through.
 */
@Singleton
public class CollectionPages {

    static final int PAGE_SIZE = 20;

    private final LocalActivityRepository activities;
    private final List<FeaturedObjects> featured;
    private final ActivityJson json;
    private final Uris uris;

    public CollectionPages(LocalActivityRepository activities, List<FeaturedObjects> featured, ActivityJson json,
                           Uris uris) {
        this.activities = activities;
        this.featured = featured;
        this.json = json;
        this.uris = uris;
    }

    public ApObject outbox(Actor actor) {
        URI outbox = uris.outbox(actor.username());
        return new OrderedCollection(outbox, ObjectFields.EMPTY, CollectionFields.paged(
                (int) activities.countPublic(actor.id()), Ref.to(URI.create(outbox + "?page=true"))), Extras.EMPTY);
    }

    public ApObject outboxPage(Actor actor, long maxId) {
        URI outbox = uris.outbox(actor.username());
        List<LocalActivity> page = activities.findPublicPage(actor.id(), maxId, PAGE_SIZE);
        List<Ref<ApObject>> items = page.stream()
                .map(activity -> Ref.of(json.read(activity.raw().getBytes(StandardCharsets.UTF_8))))
                .toList();
        Ref<ApObject> next = page.size() < PAGE_SIZE ? null
                : Ref.to(URI.create(outbox + "?page=true&max_id=" + page.getLast().id()));
        String self = outbox + "?page=true" + (maxId == Long.MAX_VALUE ? "" : "&max_id=" + maxId);
        return new OrderedCollectionPage(URI.create(self), ObjectFields.EMPTY,
                new CollectionFields(null, items, null, null, null, Ref.to(outbox), next, null, null), Extras.EMPTY);
    }

    /** Pinned objects, embedded, as Mastodon serves and reads them. */
    public ApObject featured(Actor actor) {
        // Posts pins its members' posts, the forum the hub Group's pinned threads: one collection holds both.
        List<Ref<ApObject>> items = featured.stream().flatMap(source -> source.featured(actor.id()).stream())
                .map(Ref::of).toList();
        return new OrderedCollection(uris.featured(actor.username()), ObjectFields.EMPTY, CollectionFields.of(items),
                Extras.EMPTY);
    }
}
