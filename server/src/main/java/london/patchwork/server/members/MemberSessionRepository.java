package london.patchwork.server.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberSessionRepository extends CrudRepository<MemberSession, Long> {

    @Query("select * from member_sessions where token_hash = :tokenHash and expires_at > :now")
    Optional<MemberSession> findCurrent(String tokenHash, Instant now);

    void deleteByTokenHash(String tokenHash);

    /** Ends a member's other sessions (after a password change: whoever knew the old one is signed out). */
    @Query("delete from member_sessions where member_actor_id = :memberActorId and token_hash <> :keptTokenHash")
    int deleteOthers(long memberActorId, String keptTokenHash);

    /** Ends every session of a member (a suspension). */
    @Query("delete from member_sessions where member_actor_id = :memberActorId")
    int deleteByMemberActorId(long memberActorId);
}
