package london.patchwork.server.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EventCategoryRepository extends CrudRepository<EventCategory, String> {

    @Query("select * from event_categories order by position, slug")
    List<EventCategory> listed();
}
