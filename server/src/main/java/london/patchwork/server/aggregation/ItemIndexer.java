package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.events.EventService;
import london.patchwork.server.posts.PostService;

import java.util.Optional;

/**
 * Reads one post, event or asset through its capability's service and writes its row of the index, or removes the
 * row when the capability no longer lists it (deleted, made private, waiting for review).
 */
@Singleton
class ItemIndexer {

    static final String POSTS = "posts";
    static final String EVENTS = "events";
    static final String ASSETS = "assets";

    private final PostService posts;
    private final EventService events;
    private final AssetService assets;
    private final ActorRepository actors;
    private final ItemIndex index;

    ItemIndexer(PostService posts, EventService events, AssetService assets, ActorRepository actors,
                ItemIndex index) {
        this.posts = posts;
        this.events = events;
        this.assets = assets;
        this.actors = actors;
        this.index = index;
    }

    void post(long id) {
        write(POSTS, id, posts.indexed(id).flatMap(post -> row(post.uri(), POSTS, id, switch (post.type()) {
            case "Article" -> "article";
            case "Page" -> "thread";
            default -> "post";
        }, post.title() == null ? "" : post.title(), post.text(), post.url(), author(post.authorId()),
                new Extra(post.published(), post.updated(), null, null, null, null, null))));
    }

    void event(long id) {
        write(EVENTS, id, events.indexed(id).flatMap(event -> row(event.uri(), EVENTS, id, "event", event.title(),
                event.text(), event.url(), author(event.authorId()), new Extra(event.published(), event.updated(),
                        event.startsAt(), event.endsAt(), event.category(), event.latitude(), event.longitude()))));
    }

    void asset(long id) {
        write(ASSETS, id, assets.indexed(id).flatMap(asset -> row(asset.uri(), ASSETS, id, "asset", asset.name(),
                asset.description(), asset.url(), author(asset.createdBy()), new Extra(asset.createdAt(),
                        asset.updatedAt(), null, null, asset.category(), asset.latitude(),
                        asset.longitude()))));
    }

    void removed(String source, long id) {
        index.remove(source, id);
    }

    private void write(String source, long id, Optional<ItemIndexRow> row) {
        row.ifPresentOrElse(index::put, () -> index.remove(source, id));
    }

    private record Extra(java.time.Instant published, @Nullable java.time.Instant updated,
                         @Nullable java.time.Instant startsAt, @Nullable java.time.Instant endsAt,
                         @Nullable String category, @Nullable Double latitude, @Nullable Double longitude) {
    }

    private static Optional<ItemIndexRow> row(String uri, String source, long id, String kind, String title,
                                              String text, String url, @Nullable String author, Extra extra) {
        return JoinedHubs.originOf(uri).map(origin -> new ItemIndexRow(uri, origin, source, id, kind, title.strip(),
                text.strip(), url, author, extra.published(), extra.updated(), extra.startsAt(), extra.endsAt(),
                extra.category(), extra.latitude(), extra.longitude()));
    }

    @Nullable
    private String author(long actorId) {
        return actors.findById(actorId).map(actor -> actor.displayName() == null || actor.displayName().isBlank()
                ? actor.username() : actor.displayName()).orElse(null);
    }
}
