package london.patchwork.server.connections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IntroductionRepository extends CrudRepository<Introduction, Long> {

    @Query("select * from introductions where id = :id for update")
    Optional<Introduction> lock(long id);

    /** Our Offer to one end, which only its addressee may answer. */
    @Query("select * from introductions where subject_offer_uri = :offer or object_offer_uri = :offer for update")
    Optional<Introduction> lockByOurOffer(String offer);

    Optional<Introduction> findByOfferUri(String offerUri);

    /** Newest first, for the weavers' page and the API. */
    @Query("select * from introductions order by id desc limit :limit")
    List<Introduction> latest(int limit);

    /** Every pair ever proposed or offered, whatever became of it: none is suggested again. */
    @Query("select * from introductions")
    List<Introduction> all();

    /** Pending introductions with an end that is this member or an asset of the hub's they added. */
    @Query("""
            select * from introductions where status = 'pending'
            and ((subject_answer = 'pending' and (subject_actor_id = :actorId or subject_asset_id in
                    (select id from assets where created_by = :actorId and uri is null)))
              or (object_answer = 'pending' and (object_actor_id = :actorId or object_asset_id in
                    (select id from assets where created_by = :actorId and uri is null))))
            order by id""")
    List<Introduction> awaiting(long actorId);

    /** Pending introductions with a local asset for an end: organisers answer for any. */
    @Query("""
            select i.* from introductions i where i.status = 'pending'
            and ((i.subject_answer = 'pending' and i.subject_asset_id in (select id from assets where uri is null))
              or (i.object_answer = 'pending' and i.object_asset_id in (select id from assets where uri is null)))
            order by i.id""")
    List<Introduction> awaitingForAssets();

    /** Whether a weaver here has proposed this pair before, either way round, whatever became of it. */
    @Query("""
            select exists (select 1 from introductions where direction = 'proposed'
            and least(subject_key, object_key) = least(:one, :other)
            and greatest(subject_key, object_key) = greatest(:one, :other))""")
    boolean proposedBefore(String one, String other);
}
