package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import london.patchwork.server.actors.Actor;

import java.util.List;

/** Members who chose to be listed, newest first, optionally holding one community role. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DirectoryRepository extends GenericRepository<Actor, Long> {

    @Query("""
            select a.* from actors a join members m on m.actor_id = a.id
            where a.local and a.discoverable and m.suspended_at is null and m.approved_at is not null
              and (cast(:roleKey as text) is null or exists (
                  select 1 from member_community_roles mr join community_roles r on r.id = mr.community_role_id
                  where mr.member_actor_id = m.actor_id and r.key = :roleKey))
            order by m.created_at desc, a.id desc
            limit :limit offset :offset""")
    List<Actor> listed(@io.micronaut.core.annotation.Nullable String roleKey, int limit, int offset);
}
