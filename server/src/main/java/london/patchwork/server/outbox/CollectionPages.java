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
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowState;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.posts.PostDocuments;
import london.patchwork.server.posts.PostRepository;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The collection documents. Outbox pages are keyed by the last activity id seen ({@code max_id}), so a new
 * post does not shift the pages someone is walking through.
 */
@Singleton
public class CollectionPages {

    static final int PAGE_SIZE = 20;

    private final LocalActivityRepository activities;
    private final FollowRepository follows;
    private final PostRepository posts;
    private final PostDocuments postDocuments;
    private final ActivityJson json;
    private final Uris uris;

    public CollectionPages(LocalActivityRepository activities, FollowRepository follows, PostRepository posts,
                           PostDocuments postDocuments, ActivityJson json, Uris uris) {
        this.activities = activities;
        this.follows = follows;
        this.posts = posts;
        this.postDocuments = postDocuments;
        this.json = json;
        this.uris = uris;
    }

    public ApObject outbox(Actor actor) {
        URI outbox = uris.outbox(actor.username());
        return collection(outbox, CollectionFields.paged((int) activities.countPublic(actor.id()),
                Ref.to(URI.create(outbox + "?page=true"))));
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

    /** Only the count: residents following a hub should not be listed to the world. */
    public ApObject followers(Actor actor) {
        return collection(uris.followers(actor.username()), new CollectionFields(
                (int) follows.countByFollowedIdAndState(actor.id(), FollowState.accepted),
                null, null, null, null, null, null, null, null));
    }

    public ApObject following(Actor actor) {
        URI following = uris.following(actor.username());
        return collection(following, CollectionFields.paged(
                (int) follows.countByFollowerIdAndState(actor.id(), FollowState.accepted),
                Ref.to(URI.create(following + "?page=1"))));
    }

    public ApObject followingPage(Actor actor, long page) {
        URI following = uris.following(actor.username());
        List<Ref<ApObject>> items = follows.findFollowedUris(actor.id(), PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
                .map(uri -> Ref.to(URI.create(uri)))
                .toList();
        Ref<ApObject> next = items.size() < PAGE_SIZE ? null : Ref.to(URI.create(following + "?page=" + (page + 1)));
        return new OrderedCollectionPage(URI.create(following + "?page=" + page), ObjectFields.EMPTY,
                new CollectionFields(null, items, null, null, null, Ref.to(following), next, null, null), Extras.EMPTY);
    }

    /** Pinned posts, embedded, as Mastodon serves and reads them. */
    public ApObject featured(Actor actor) {
        List<Ref<ApObject>> items = posts.findPinned(actor.id()).stream()
                .map(post -> Ref.<ApObject>of(postDocuments.document(post)))
                .toList();
        return collection(uris.featured(actor.username()), CollectionFields.of(items));
    }

    private static OrderedCollection collection(URI id, CollectionFields fields) {
        return new OrderedCollection(id, ObjectFields.EMPTY, fields, Extras.EMPTY);
    }
}
