package london.patchwork.server.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LocalActivityRepository extends CrudRepository<LocalActivity, Long> {

    /** The next id, so a new activity's URI (built from its id) can be written with it in one insert. */
    @Query("select nextval(pg_get_serial_sequence('activities', 'id'))")
    long nextId();

    /** The type of an activity we published, which a peer's {@code Accept} or {@code Reject} may name by id. */
    @Query("select type from activities where uri = :uri")
    Optional<String> findTypeByUri(String uri);

    /** A deleted post's activities leave the outbox, so its content is no longer served anywhere. */
    @Query("update activities set public = false where object_id = :objectId")
    void unlistForObject(Long objectId);

    List<LocalActivity> findByObjectIdAndType(Long objectId, String type);

    @Query("update activities set raw = cast(:raw as jsonb) where id = :id")
    void updateRaw(Long id, String raw);

    @Query("select count(*) from activities where actor_id = :actorId and public")
    long countPublic(Long actorId);

    /** A page of an actor's public activities, newest first, below an id (for stable paging). */
    @Query("""
            select * from activities where actor_id = :actorId and public and id < :beforeId
            order by id desc limit :limit""")
    List<LocalActivity> findPublicPage(Long actorId, long beforeId, int limit);
}
