package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CommunityRoleRepository extends CrudRepository<CommunityRole, Long> {

    @Query("select * from community_roles order by position, lower(label)")
    List<CommunityRole> listInOrder();

    Optional<CommunityRole> findByKey(String key);

    @Query("select * from community_roles where lower(label) = lower(:label)")
    Optional<CommunityRole> findByLabelIgnoringCase(String label);

    @Query("""
            select r.* from community_roles r join member_community_roles m on m.community_role_id = r.id
            where m.member_actor_id = :memberActorId order by r.position, lower(r.label)""")
    List<CommunityRole> rolesOf(long memberActorId);

    @Query("delete from member_community_roles where member_actor_id = :memberActorId")
    void clearRolesOf(long memberActorId);

    @Query("""
            insert into member_community_roles (member_actor_id, community_role_id) values (:memberActorId, :roleId)
            on conflict do nothing""")
    void addRole(long memberActorId, long roleId);
}
