package london.patchwork.server.members;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganiserTokenRepository extends CrudRepository<OrganiserToken, Long> {

    Optional<OrganiserToken> findByLabel(String label);

    void deleteByLabel(String label);
}
