package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Threads of the hub's forum: pinned first, then by their latest activity; deleted first posts are left out. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ForumThreadRepository extends CrudRepository<ForumThread, Long> {

    @Query("""
            select t.* from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupId and o.deleted_at is null
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.pinned_at desc nulls last, t.last_activity_at desc, t.post_id desc
            limit :limit offset :offset""")
    List<ForumThread> latest(long groupId, int limit, int offset);

    @Query("""
            select t.* from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupId and t.category_id = :categoryId and o.deleted_at is null
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.pinned_at desc nulls last, t.last_activity_at desc, t.post_id desc
            limit :limit offset :offset""")
    List<ForumThread> inCategory(long groupId, long categoryId, int limit, int offset);

    @Query("""
            select count(*) from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupId and t.category_id = :categoryId and o.deleted_at is null
              and o.author_id not in (select actor_id from hidden_authors)""")
    long countInCategory(long groupId, long categoryId);

    /** The newest threads of a category by when they were opened, for its feeds. */
    @Query("""
            select t.* from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupId and t.category_id = :categoryId and o.deleted_at is null
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.created_at desc, t.post_id desc limit :limit""")
    List<ForumThread> newestInCategory(long groupId, long categoryId, int limit);

    @Query("""
            select t.* from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupId and t.pinned_at is not null and o.deleted_at is null
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.pinned_at desc""")
    List<ForumThread> pinned(long groupId);

    @Query("""
            update forum_threads set reply_count = greatest(reply_count + :delta, 0),
              last_activity_at = greatest(last_activity_at, :at) where post_id = :postId""")
    void countReply(long postId, int delta, Instant at);

    @Query("update forum_threads set category_id = :categoryId where post_id = :postId")
    void moveTo(long postId, @Nullable Long categoryId);

    @Query("update forum_threads set pinned_at = :at where post_id = :postId")
    void pinAt(long postId, @Nullable Instant at);

    @Query("update forum_threads set locked = :locked where post_id = :postId")
    void lock(long postId, boolean locked);

    @Query("select * from forum_threads where post_id = :postId for update")
    Optional<ForumThread> lockRow(long postId);
}
