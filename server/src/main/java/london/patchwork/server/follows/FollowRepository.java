package london.patchwork.server.follows;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowRepository extends CrudRepository<Follow, Long> {

    Optional<Follow> findByFollowerIdAndFollowedId(Long followerId, Long followedId);

    Optional<Follow> findByActivityUri(String activityUri);

    long countByFollowedIdAndState(Long followedId, FollowState state);

    long countByFollowerIdAndState(Long followerId, FollowState state);

    /** Whether any local actor follows this actor (accepted): then its posts belong on this hub. */
    @Query("""
            select exists (select 1 from follows f join actors a on a.id = f.follower_id
                           where f.followed_id = :followedId and f.state = 'accepted' and a.local)""")
    boolean isFollowedLocally(Long followedId);

    /**
     * Whether a local actor follows (accepted) the actor whose followers collection this is: a post addressed to a
     * hub Group's followers belongs on an instance that follows that Group.
     */
    @Query("""
            select exists (select 1 from actors a join follows f on f.followed_id = a.id
                           join actors l on l.id = f.follower_id
                           where a.followers_uri = :followersUri and f.state = 'accepted' and l.local)""")
    boolean followersFollowedLocally(String followersUri);

    /** The actor URIs of everyone whose follow of a local actor was accepted. */
    @Query("""
            select a.uri from follows f join actors a on a.id = f.follower_id
            where f.followed_id = :followedId and f.state = 'accepted' and a.uri is not null
            order by f.id""")
    List<String> findAcceptedFollowerUris(Long followedId);

    /** A page of the actor URIs a local actor follows, newest first, for the following collection. */
    @Query("""
            select a.uri from follows f join actors a on a.id = f.followed_id
            where f.follower_id = :followerId and f.state = 'accepted' and a.uri is not null
            order by f.id desc limit :limit offset :offset""")
    List<String> findFollowedUris(Long followerId, int limit, long offset);

    @Query("select followed_id from follows where follower_id = :followerId and state = 'accepted'")
    List<Long> findFollowedIds(Long followerId);

    @Query("""
            select * from follows where followed_id = :followedId and state = 'accepted' and id < :beforeId
            order by id desc limit :limit""")
    List<Follow> findFollowersPage(Long followedId, long beforeId, int limit);

    @Query("""
            select * from follows where follower_id = :followerId and state = 'accepted' and id < :beforeId
            order by id desc limit :limit""")
    List<Follow> findFollowingPage(Long followerId, long beforeId, int limit);

    /** Ends every follow, either way, between this hub's actors and the actors of a host and its subdomains. */
    @Query("""
            delete from follows f using actors a
            where (a.id = f.follower_id or a.id = f.followed_id) and not a.local
              and (a.host = :host or a.host like '%.' || :host)""")
    int deleteWithHost(String host);

    /** Ends every follow, either way, of one actor. */
    @Query("delete from follows where follower_id = :actorId or followed_id = :actorId")
    int deleteOfActor(Long actorId);
}
