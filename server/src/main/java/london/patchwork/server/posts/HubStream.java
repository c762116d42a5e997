package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.HomeStream;
import london.patchwork.web.posts.Stream;

/** The home page's posts: the hub's own and its members' public posts, newest first. */
@Singleton
public class HubStream implements HomeStream {

    private final PostRepository posts;
    private final PostPages pages;
    private final Uris uris;

    public HubStream(PostRepository posts, PostPages pages, Uris uris) {
        this.posts = posts;
        this.pages = pages;
        this.uris = uris;
    }

    @Override
    public Stream recent(@Nullable Long maxId) {
        return pages.stream(posts.findLocalPublic(StreamPaging.below(maxId), StreamPaging.pagePlusOne()),
                uris.base().toString());
    }
}
