package london.patchwork.server.aggregation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RelayRepository extends CrudRepository<JoinedRelay, Long> {

    Optional<JoinedRelay> findByActorId(Long actorId);

    List<JoinedRelay> findAllOrderById();

    /** The actor ids of the relays that accepted this instance's Follow: its public activities go to them too. */
    @Query("""
            select a.uri from relays r join follows f on f.activity_uri = r.follow_uri and f.state = 'accepted'
            join actors a on a.id = r.actor_id where a.uri is not null order by r.id""")
    List<String> findAcceptedActorUris();

    /** Records that an activity was re-announced; false when it had been already (a redelivery). */
    @Query(value = """
            insert into relay_forwarded (activity_uri, object_uri, sender_uri) values (:activityUri, :objectUri,
            :senderUri) on conflict (activity_uri) do nothing""")
    int markForwarded(String activityUri, String objectUri, String senderUri);
}
