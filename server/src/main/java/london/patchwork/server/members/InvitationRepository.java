package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select * from invitations where accepted_at is null and expires_at > :now order by created_at desc")
    List<Invitation> findOpen(Instant now);

    /** Takes an open invitation for one member; 0 when it was taken, or has expired, meanwhile. */
    @Query("""
            update invitations set accepted_at = :now, member_actor_id = :memberActorId
            where id = :id and accepted_at is null and expires_at > :now""")
    int accept(long id, long memberActorId, Instant now);
}
