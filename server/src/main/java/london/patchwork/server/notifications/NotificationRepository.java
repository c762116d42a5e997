package london.patchwork.server.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends CrudRepository<Notification, Long> {

    /** Records a notification once: the same like or follow arriving again adds nothing. */
    @Query("""
            insert into notifications (recipient_id, type, from_actor_id, object_id)
            values (:recipientId, :type, :fromActorId, :objectId)
            on conflict (recipient_id, type, from_actor_id, coalesce(object_id, 0)) do nothing""")
    int insertOnce(Long recipientId, String type, Long fromActorId, @Nullable Long objectId);

    /** A page newest first, of the given types, between two ids (exclusive). */
    @Query("""
            select * from notifications where recipient_id = :recipientId and type in (:types)
            and id < :beforeId and id > :afterId
            order by id desc limit :limit""")
    List<Notification> findNewest(Long recipientId, List<String> types, long beforeId, long afterId, int limit);

    /** The page just above {@code afterId}, oldest first (Mastodon's {@code min_id}). */
    @Query("""
            select * from notifications where recipient_id = :recipientId and type in (:types)
            and id < :beforeId and id > :afterId
            order by id asc limit :limit""")
    List<Notification> findOldest(Long recipientId, List<String> types, long beforeId, long afterId, int limit);

    Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

    @Query("delete from notifications where recipient_id = :recipientId")
    void clear(Long recipientId);
}
