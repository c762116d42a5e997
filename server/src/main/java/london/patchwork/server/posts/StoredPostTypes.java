package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.KnownObjects;

import java.net.URI;
import java.util.Optional;

/** Tells the inbox the type of a post held here, so a {@code Like} or {@code Delete} by id finds its route. */
@Singleton
class StoredPostTypes implements KnownObjects {

    private final PostRepository posts;

    StoredPostTypes(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Optional<String> typeOf(URI id) {
        return posts.findTypeByUri(id.toString());
    }
}
