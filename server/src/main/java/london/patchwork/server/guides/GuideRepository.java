package london.patchwork.server.guides;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GuideRepository extends CrudRepository<Guide, Long> {

    Optional<Guide> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The guide locked until the transaction ends, so two saves from one revision are decided one after the other. */
    @Query("select * from guides where slug = :slug for update")
    Optional<Guide> lockBySlug(String slug);

    @Query("select * from guides where deleted_at is null order by lower(topic), lower(title)")
    List<Guide> listed();

    /** The most recently revised first, for the guides' feeds. */
    @Query("select * from guides where deleted_at is null order by updated_at desc, id desc limit :limit")
    List<Guide> newest(int limit);

    @Query("select * from guides where deleted_at is null and lower(topic) = lower(:topic) order by lower(title)")
    List<Guide> listedIn(String topic);
}
