package london.patchwork.server.connections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TieTypeRepository extends GenericRepository<TieType, String> {

    @Query("select * from tie_types order by position")
    List<TieType> ordered();

    Optional<TieType> findBySlug(String slug);

    @Query("insert into tie_types (slug, name, mutual) values (:slug, :name, :mutual) on conflict do nothing")
    int add(String slug, String name, boolean mutual);
}
