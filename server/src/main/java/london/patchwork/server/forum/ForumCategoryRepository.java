package london.patchwork.server.forum;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ForumCategoryRepository extends CrudRepository<ForumCategory, Long> {

    Optional<ForumCategory> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select * from forum_categories order by position, id")
    List<ForumCategory> listed();

    @Query("select coalesce(max(position), -1) + 1 from forum_categories")
    int nextPosition();
}
