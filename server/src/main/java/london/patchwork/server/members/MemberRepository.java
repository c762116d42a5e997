package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberRepository extends CrudRepository<Member, Long> {

    @Query("select * from members where lower(email) = lower(:email)")
    Optional<Member> findByEmailIgnoringCase(String email);

    /** Every member, newest first (the organisers' list). */
    @Query("select * from members order by created_at desc, actor_id desc")
    List<Member> listNewestFirst();

    /** Changes a role unless it would leave the hub without an unsuspended organiser; 0 when refused. */
    @Query("""
            update members set role = :role where actor_id = :actorId
              and (:role = 'organiser' or exists (
                  select 1 from members o where o.role = 'organiser' and o.suspended_at is null
                    and o.actor_id <> :actorId))""")
    int changeRole(long actorId, String role);

    @Query("select * from members where approved_at is null order by created_at, actor_id")
    List<Member> findAwaitingApproval();

    @Query("update members set approved_at = :now where actor_id = :actorId and approved_at is null")
    int approve(long actorId, java.time.Instant now);

    /** Removes a sign-up still waiting, with its actor (the account goes with it); 0 when there is none. */
    @Query("""
            delete from actors where id = :actorId
              and exists (select 1 from members where actor_id = :actorId and approved_at is null)""")
    int deleteAwaiting(long actorId);

    @Query("select count(*) from members where role = 'organiser'")
    long countOrganisers();
}
