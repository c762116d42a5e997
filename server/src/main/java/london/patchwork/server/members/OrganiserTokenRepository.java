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
     * Stores the hash under its label in one statement that first takes an advisory lock
     * ({@code AdvisoryLocks.Key.ORGANISER_TOKENS}), so processes starting together on one database take turns: the
     * second finds the first's row and updates it, instead of both inserting and one failing on a unique index.
     */
    @Query("""
            with turn as (select pg_advisory_xact_lock(1347878914))
            insert into organiser_tokens (token_hash, label) select :tokenHash, :label from turn
            on conflict (label) do update set token_hash = excluded.token_hash
            where organiser_tokens.token_hash <> excluded.token_hash""")
    void upsert(String tokenHash, String label);
}
