package london.patchwork.server.posts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReactionRepository extends CrudRepository<Reaction, Long> {

    Optional<Reaction> findByActivityUri(String activityUri);

    Optional<Reaction> findByTypeAndObjectIdAndActorId(String type, Long objectId, Long actorId);

    /** Records a reaction once; a redelivered or repeated one changes nothing. */
    @Query("""
            insert into reactions (type, object_id, actor_id, activity_uri) values (:type, :objectId, :actorId, :activityUri)
            on conflict do nothing""")
    int insertOnce(String type, Long objectId, Long actorId, String activityUri);
}
