package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AvatarRepository extends CrudRepository<Avatar, Long> {

    /** Removes a member's avatars except the one just stored. */
    @Query("delete from avatars where owner_actor_id = :ownerActorId and id <> :keptId")
    void deleteOthers(long ownerActorId, long keptId);

    @Query("delete from avatars where owner_actor_id = :ownerActorId")
    void deleteAllOf(long ownerActorId);
}
