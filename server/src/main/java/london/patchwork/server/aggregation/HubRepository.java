package london.patchwork.server.aggregation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HubRepository extends CrudRepository<Hub, Long> {

    Optional<Hub> findByOrigin(String origin);

    Optional<Hub> findByActorId(long actorId);

    List<Hub> findAllOrderByNameAsc();
}
