package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganiserTokenRepository extends CrudRepository<OrganiserToken, Long> {

    Optional<OrganiserToken> findByLabel(String label);

    void deleteByLabel(String label);

    /**
     * Stores the hash under its label in one statement, so processes starting together on one database do not
     * both insert it (the second waits for the first and updates).
     */
    @Query("""
            insert into organiser_tokens (token_hash, label) values (:tokenHash, :label)
            on conflict (label) do update set token_hash = excluded.token_hash
            where organiser_tokens.token_hash <> excluded.token_hash""")
    void upsert(String tokenHash, String label);
}
