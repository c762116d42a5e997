package london.patchwork.server.posts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the posts (notes, articles, forum threads and replies) kept from one origin. Their reactions, tags,
 * attachments, forum rows and notifications go with them (foreign keys cascade); replies from elsewhere stay, no
 * longer linked to the removed parent.
 */
@Singleton
class PostsFromOrigin implements OriginContent {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<Post, Long> {

        @Query("delete from objects where not local and left(uri, length(:prefix)) = :prefix")
        int deleteByUriPrefix(String prefix);
    }

    private final Rows rows;

    PostsFromOrigin(Rows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.deleteByUriPrefix(origin + "/");
    }
}
