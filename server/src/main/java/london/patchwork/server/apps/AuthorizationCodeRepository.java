package london.patchwork.server.apps;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuthorizationCodeRepository extends CrudRepository<AuthorizationCode, Long> {

    Optional<AuthorizationCode> findByCodeHash(String codeHash);

    /** Marks the code used; only one of two concurrent exchanges can win it. */
    @Query("update oauth_codes set used_at = :now where id = :id and used_at is null")
    int markUsed(long id, Instant now);
}
