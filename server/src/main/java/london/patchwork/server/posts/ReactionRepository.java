package london.patchwork.server.posts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReactionRepository extends CrudRepository<Reaction, Long> {

    Optional<Reaction> findByActivityUri(String activityUri);

    Optional<Reaction> findByTypeAndObjectIdAndActorId(String type, Long objectId, Long actorId);

    /** The kinds of reaction ({@code Like}, {@code Announce}) one actor has on one post: a viewer's flags. */
    @Query("""
            select type from reactions
            where type in ('Like', 'Announce') and object_id = :objectId and actor_id = :actorId""")
    List<String> findTypes(Long objectId, Long actorId);

    /** Records a reaction once; a redelivered or repeated one changes nothing. */
    @Query("""
            insert into reactions (type, object_id, actor_id, activity_uri) values (:type, :objectId, :actorId, :activityUri)
            on conflict do nothing""")
    int insertOnce(String type, Long objectId, Long actorId, String activityUri);

    /** Deletes every reaction of an actor and takes each back from the count of the post it was on. */
    @Query("""
            with withdrawn as (delete from reactions where actor_id = :actorId returning object_id, type)
            update objects o set like_count = greatest(o.like_count - w.likes, 0),
                                 announce_count = greatest(o.announce_count - w.announces, 0)
            from (select object_id, count(*) filter (where type = 'Like') as likes,
                         count(*) filter (where type = 'Announce') as announces
                  from withdrawn group by object_id) w
            where o.id = w.object_id""")
    void withdrawAllBy(Long actorId);
}
