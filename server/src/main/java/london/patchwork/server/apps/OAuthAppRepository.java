package london.patchwork.server.apps;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OAuthAppRepository extends CrudRepository<OAuthApp, Long> {

    Optional<OAuthApp> findByClientId(String clientId);
}
