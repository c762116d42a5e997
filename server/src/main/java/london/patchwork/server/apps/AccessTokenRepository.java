package london.patchwork.server.apps;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccessTokenRepository extends CrudRepository<AccessToken, Long> {

    @Query("select * from oauth_tokens where token_hash = :tokenHash and revoked_at is null")
    Optional<AccessToken> findLive(String tokenHash);

    /** Records use at most once a minute per token, so reading with a token is not a write per request. */
    @Query("update oauth_tokens set last_used_at = :now where id = :id"
            + " and (last_used_at is null or last_used_at < :notSince)")
    int touch(long id, Instant now, Instant notSince);

    @Query("update oauth_tokens set revoked_at = :now where token_hash = :tokenHash and app_id = :appId"
            + " and revoked_at is null")
    int revokeByHash(String tokenHash, long appId, Instant now);

    @Query("update oauth_tokens set revoked_at = :now where code_id = :codeId and revoked_at is null")
    int revokeIssuedFor(long codeId, Instant now);

    /** Revokes every live token a member gave one app. */
    @Query("update oauth_tokens set revoked_at = :now where member_actor_id = :memberActorId and app_id = :appId"
            + " and revoked_at is null")
    int revokeForMember(long memberActorId, long appId, Instant now);

    @Query("select * from oauth_tokens where member_actor_id = :memberActorId and revoked_at is null"
            + " order by created_at")
    List<AccessToken> findLiveForMember(long memberActorId);

    /** Ends every app token a member gave (their password changed: whoever knew the old one loses their apps). */
    @Query("update oauth_tokens set revoked_at = :now where member_actor_id = :memberActorId and revoked_at is null")
    int revokeAllOf(long memberActorId, Instant now);
}
