package london.patchwork.server.actors;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ActorRepository extends CrudRepository<Actor, Long> {

    @Query("select * from actors where local and lower(username) = lower(:username)")
    Optional<Actor> findLocal(String username);

    @Query("select * from actors where local and type = :type order by id limit 1")
    Optional<Actor> findFirstLocalOfType(String type);

    Optional<Actor> findByUri(String uri);

    Optional<Actor> findByKeyId(String keyId);

    List<Actor> findByHost(String host);

    long countByLocal(boolean local);

    /**
     * Removes a remote actor and everything that hangs off it (posts, follows, reactions by foreign keys),
     * then recomputes the counts of the posts it had reacted to.
     */
    @Query("""
            with touched as (delete from reactions where actor_id = :actorId returning object_id),
                 recounted as (update objects o set
                     like_count = (select count(*) from reactions r where r.object_id = o.id and r.type = 'Like'
                                   and r.actor_id <> :actorId),
                     announce_count = (select count(*) from reactions r where r.object_id = o.id
                                       and r.type = 'Announce' and r.actor_id <> :actorId)
                     where o.id in (select object_id from touched) returning o.id)
            delete from actors where id = :actorId and not local and (select count(*) from recounted) >= 0""")
    void deleteRemoteWithReactions(Long actorId);

    @Query("select count(*) from actors where local and type in ('Group', 'Person')")
    long countLocalPublishers();
}
