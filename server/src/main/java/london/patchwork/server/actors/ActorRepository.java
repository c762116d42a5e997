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
     * Removes a remote actor and, by foreign keys, everything that hangs off it (posts, follows, reactions).
     * Capabilities that keep counts of what it did hear of it first ({@link RemoteActorDeleting}).
     */
    @Query("delete from actors where id = :actorId and not local")
    void deleteRemote(Long actorId);

    @Query("select count(*) from actors where local and type in ('Group', 'Person')")
    long countLocalPublishers();

    @Query("select * from actors where not local and lower(username) = lower(:username) and lower(host) = lower(:host)")
    Optional<Actor> findRemote(String username, String host);

    /**
     * Accounts whose handle or display name starts with the text (or holds it, for display names), people before
     * servers' own actors; for search.
     */
    @Query("""
            select * from actors where type in ('Person', 'Group', 'Organization', 'Service')
            and (lower(username) like lower(:prefix) || '%' escape '\\'
                 or lower(display_name) like '%' || lower(:prefix) || '%' escape '\\')
            order by local desc, (lower(username) = lower(:prefix)) desc, id
            limit :limit offset :offset""")
    List<Actor> search(String prefix, int limit, int offset);

    /** One round trip for an Account's counts (the follows indexes and the posts-by-author index answer it). */
    @Query("""
            select (select count(*) from follows where followed_id = :actorId and state = 'accepted') as followers,
                   (select count(*) from follows where follower_id = :actorId and state = 'accepted') as following,
                   (select count(*) from objects where author_id = :actorId and deleted_at is null) as statuses,
                   (select max(published) from objects where author_id = :actorId and deleted_at is null)
                       as last_status_at""")
    AccountCounts countsOf(long actorId);
}
