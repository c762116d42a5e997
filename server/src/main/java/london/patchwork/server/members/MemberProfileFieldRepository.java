package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberProfileFieldRepository extends CrudRepository<MemberProfileField, Long> {

    @Query("select * from member_profile_fields where member_actor_id = :memberActorId order by position")
    List<MemberProfileField> fieldsOf(long memberActorId);

    @Query("delete from member_profile_fields where member_actor_id = :memberActorId")
    void clearFieldsOf(long memberActorId);
}
