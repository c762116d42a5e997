package london.patchwork.server.connections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TieRepository extends CrudRepository<Tie, Long> {

    @Query("select * from ties where id = :id for update")
    Optional<Tie> lock(long id);

    Optional<Tie> findByUri(String uri);

    /** The live ties touching an asset, either way round, oldest first. */
    @Query("""
            select * from ties where deleted_at is null and (subject_asset_id = :assetId or object_asset_id = :assetId)
            order by id""")
    List<Tie> ofAsset(long assetId);

    /** The live ties touching an actor, either way round, oldest first. */
    @Query("""
            select * from ties where deleted_at is null and (subject_actor_id = :actorId or object_actor_id = :actorId)
            order by id""")
    List<Tie> ofActor(long actorId);

    /** Whether another live tie of this type joins the same ends the same way (the ties_once index). */
    @Query("""
            select exists (select 1 from ties where deleted_at is null and type = :type
                           and coalesce(subject_asset_id, -subject_actor_id) = :subjectKey
                           and coalesce(object_asset_id, -object_actor_id) = :objectKey and id <> :exceptId)""")
    boolean duplicates(String type, long subjectKey, long objectKey, long exceptId);

    /** How many live peers' ties are kept whose id matches a LIKE pattern (an origin's, see {@code Sql.under}). */
    @Query("select count(*) from ties where uri is not null and deleted_at is null and uri like :pattern")
    long countUnder(String pattern);

    /** How many live ties are this hub's own. */
    @Query("select count(*) from ties where uri is null and deleted_at is null")
    long countLocal();

    @Query("select exists (select 1 from tie_types where slug = :type)")
    boolean typeExists(String type);

    /** How many of the hub's own ties its connections collection lists. */
    @Query("select count(*) from ties where uri is null and deleted_at is null")
    long countListedLocal();

    /** The hub's own ties, newest first, for its connections collection. */
    @Query("select * from ties where uri is null and deleted_at is null order by id desc limit :limit offset :offset")
    List<Tie> listedLocal(int offset, int limit);
}
