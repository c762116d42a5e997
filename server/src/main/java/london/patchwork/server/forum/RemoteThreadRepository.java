package london.patchwork.server.forum;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The threads of remote groups this hub follows, and the groups themselves: the rows of {@code forum_threads}
 * whose group is another server's.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RemoteThreadRepository extends GenericRepository<ForumThread, Long> {

    /** Opens a thread once: a repeated announcement finds the row there. */
    @Query("""
            insert into forum_threads (post_id, group_actor_id, last_activity_at, created_at)
            values (:postId, :groupActorId, :at, :at) on conflict (post_id) do nothing""")
    int open(long postId, long groupActorId, Instant at);

    @Query("""
            select t.* from forum_threads t join actors g on g.id = t.group_actor_id
            where t.post_id = :postId and not g.local""")
    Optional<ForumThread> findRemote(long postId);

    /** A reply arrived ({@code change} 1) or went ({@code -1}). */
    @Query("""
            update forum_threads set reply_count = greatest(0, reply_count + :change),
                   last_activity_at = case when :change > 0 then greatest(last_activity_at, :at) else last_activity_at end
            where post_id = :postId""")
    void countReply(long postId, int change, Instant at);

    /** A page of a group's threads, newest activity first, from before {@code (beforeAt, beforeId)}. */
    @Query("""
            select t.* from forum_threads t join objects o on o.id = t.post_id
            where t.group_actor_id = :groupActorId and o.deleted_at is null
              and (t.last_activity_at, t.post_id) < (:beforeAt, :beforeId)
            order by t.last_activity_at desc, t.post_id desc limit :limit""")
    List<ForumThread> findPage(long groupActorId, Instant beforeAt, long beforeId, int limit);

    /** The remote groups a local actor follows (pending or accepted), newest follow first. */
    @Query("""
            select g.id as actor_id, g.uri, g.username, g.host, g.display_name, g.url, f.state,
                   (select count(*) from forum_threads t join objects o on o.id = t.post_id
                    where t.group_actor_id = g.id and o.deleted_at is null) as threads,
                   (select max(t.last_activity_at) from forum_threads t where t.group_actor_id = g.id)
                       as last_activity_at
            from follows f join actors g on g.id = f.followed_id
            where f.follower_id = :followerId and g.type = 'Group' and not g.local
            order by f.id desc limit 200""")
    List<FollowedGroup> findFollowedBy(long followerId);

    @Query("""
            select g.id as actor_id, g.uri, g.username, g.host, g.display_name, g.url,
                   coalesce((select f.state from follows f where f.followed_id = g.id and f.follower_id = :followerId),
                            'none') as state,
                   (select count(*) from forum_threads t join objects o on o.id = t.post_id
                    where t.group_actor_id = g.id and o.deleted_at is null) as threads,
                   (select max(t.last_activity_at) from forum_threads t where t.group_actor_id = g.id)
                       as last_activity_at
            from actors g where g.id = :groupActorId and g.type = 'Group' and not g.local""")
    Optional<FollowedGroup> findGroup(long groupActorId, long followerId);
}
