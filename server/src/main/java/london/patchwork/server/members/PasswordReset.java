package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A password reset link an organiser made for a member; only the SHA-256 of its token is kept. */
@MappedEntity("password_resets")
public record PasswordReset(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long memberActorId,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    public boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
