package london.patchwork.server.guides;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GuideRevisionRepository extends CrudRepository<GuideRevision, Long> {

    Optional<GuideRevision> findByGuideIdAndNumber(long guideId, int number);

    @Query("select * from guide_revisions where guide_id = :guideId order by number desc")
    List<GuideRevision> history(long guideId);
}
