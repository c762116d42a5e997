package london.patchwork.server.follows;

import jakarta.inject.Singleton;
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
import java.util.List;

/** A local actor's followers and following collections. */
@Singleton
public class FollowCollections {

    static final int PAGE_SIZE = 20;

    private final FollowRepository follows;
    private final Uris uris;

    public FollowCollections(FollowRepository follows, Uris uris) {
        this.follows = follows;
        this.uris = uris;
    }

    /**
     * Only the count: residents following a hub should not be listed to the world. The collection still has a first
     * page, as peers expect, and that page lists no one.
     */
    public ApObject followers(Actor actor) {
        URI followers = uris.followers(actor.username());
        return new OrderedCollection(followers, ObjectFields.EMPTY, CollectionFields.paged(
                (int) follows.countByFollowedIdAndState(actor.id(), FollowState.accepted),
                Ref.to(URI.create(followers + "?page=1"))), Extras.EMPTY);
    }

    public ApObject followersPage(Actor actor, long page) {
        URI followers = uris.followers(actor.username());
        return new OrderedCollectionPage(URI.create(followers + "?page=" + page), ObjectFields.EMPTY,
                new CollectionFields(null, List.of(), null, null, null, Ref.to(followers), null, null, null),
                Extras.EMPTY);
    }

    public ApObject following(Actor actor) {
        URI following = uris.following(actor.username());
        return new OrderedCollection(following, ObjectFields.EMPTY, CollectionFields.paged(
                (int) follows.countByFollowerIdAndState(actor.id(), FollowState.accepted),
                Ref.to(URI.create(following + "?page=1"))), Extras.EMPTY);
    }

    public ApObject followingPage(Actor actor, long page) {
        URI following = uris.following(actor.username());
        List<Ref<ApObject>> items = follows.findFollowedUris(actor.id(), PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
                .map(uri -> Ref.<ApObject>to(URI.create(uri)))
                .toList();
        Ref<ApObject> next = items.size() < PAGE_SIZE ? null : Ref.to(URI.create(following + "?page=" + (page + 1)));
        return new OrderedCollectionPage(URI.create(following + "?page=" + page), ObjectFields.EMPTY,
                new CollectionFields(null, items, null, null, null, Ref.to(following), next, null, null), Extras.EMPTY);
    }
}
