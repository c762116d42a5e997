package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.site.Feed;
import london.patchwork.server.site.Feeds;
import london.patchwork.web.posts.Stream;

/** An author's public posts, drawn as the hub's post pages draw them, for pages and feeds other capabilities own. */
@Singleton
public class ProfilePostsService {

    static final int MAX_DISCUSSION = 200;

    private final PostRepository posts;
    private final PostPages pages;
    private final PostFeeds feeds;
    private final Feeds writer;
    private final LocalActorUris actorUris;

    public ProfilePostsService(PostRepository posts, PostPages pages, PostFeeds feeds, Feeds writer,
                               LocalActorUris actorUris) {
        this.posts = posts;
        this.pages = pages;
        this.feeds = feeds;
        this.writer = writer;
        this.actorUris = actorUris;
    }

    /** A feed document and its media type. */
    public record FeedDocument(String contentType, String body) {
    }

    /**
     * One page of a local author's public posts, newest first.
     *
     * @param maxId the "Older posts" link's {@code max_id}, or null for the newest
     */
    public Stream publicPage(Actor author, @Nullable Long maxId) {
        return pages.stream(posts.findPublicByAuthor(author.id(), StreamPaging.below(maxId),
                StreamPaging.pagePlusOne()), actorUris.profilePage(author).toString());
    }

    /**
     * The public replies to an object another capability holds (an event's discussion), oldest first, as many as a
     * post's page shows.
     */
    public Stream repliesTo(String uri) {
        return new Stream(posts.findReplies(uri, MAX_DISCUSSION).stream()
                .filter(post -> post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED)
                .map(pages::entry).toList(), null);
    }

    /** A local author's newest public posts as Atom 1.0. */
    public FeedDocument atom(Actor author, String name) {
        return new FeedDocument(Feeds.ATOM_TYPE, writer.atom(feed(author, name)));
    }

    /** A local author's newest public posts as JSON Feed 1.1. */
    public FeedDocument jsonFeed(Actor author, String name) {
        return new FeedDocument(Feeds.JSON_FEED_TYPE, writer.jsonFeed(feed(author, name)));
    }

    private Feed feed(Actor author, String name) {
        String page = actorUris.profilePage(author).toString();
        return feeds.feed(name, "Public posts by " + name, page, page + "/feed",
                posts.findPublicByAuthor(author.id(), Long.MAX_VALUE, PostFeeds.ITEMS));
    }
}
