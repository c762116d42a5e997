package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PasswordResetRepository extends CrudRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Takes an open link; 0 when it was used, or expired, meanwhile. */
    @Query("update password_resets set used_at = :now where id = :id and used_at is null and expires_at > :now")
    int use(long id, Instant now);

    /** A new link replaces the member's earlier ones: only the latest works. */
    @Query("update password_resets set used_at = :now where member_actor_id = :memberActorId and used_at is null")
    void retireOpen(long memberActorId, Instant now);
}
