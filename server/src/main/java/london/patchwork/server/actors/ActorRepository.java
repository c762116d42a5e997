package london.patchwork.server.actors;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ActorRepository extends CrudRepository<Actor, Long> {

    @Query("select * from actors where local and lower(username) = lower(:username)")
    Optional<Actor> findLocal(String username);

    @Query("select * from actors where local and type = :type order by id limit 1")
    Optional<Actor> findFirstLocalOfType(String type);

    Optional<Actor> findByUri(String uri);

    Optional<Actor> findByKeyId(String keyId);

    List<Actor> findByHost(String host);

    long countByLocal(boolean local);

    @Query("select count(*) from actors where local and type in ('Group', 'Person')")
    long countLocalPublishers();
}
