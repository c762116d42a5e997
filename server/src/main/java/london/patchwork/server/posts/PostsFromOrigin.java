package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.database.OriginRows;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the posts (notes, articles, forum threads and replies) kept from one origin. Their reactions, tags,
 * attachments, forum rows and notifications go with them (foreign keys cascade); replies from elsewhere stay, no
 * longer linked to the removed parent.
 */
@Singleton
class PostsFromOrigin implements OriginContent {

    private final OriginRows rows;

    PostsFromOrigin(OriginRows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.delete("objects", "uri", "not local", origin);
    }
}
