package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in browser; the cookie's token is never stored, only its hash. */
@MappedEntity("member_sessions")
public record MemberSession(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long memberActorId,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt) {
}
