package london.patchwork.server.posts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** A conversation's posts in the order they were written, by the {@code objects_conversation} index. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRepository extends GenericRepository<Post, Long> {

    @Query("""
            select * from objects where root_id = :rootId and id > :afterId
              and visibility in ('PUBLIC', 'UNLISTED')
            order by id limit :limit""")
    List<Post> findReplies(long rootId, long afterId, int limit);

    @Query("select * from objects where id in (:ids)")
    List<Post> findAllById(List<Long> ids);
}
