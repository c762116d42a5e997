package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An invitation to become a member. The link's token is never stored, only its SHA-256.
 *
 * @param memberActorId the member who accepted it, once accepted
 */
@MappedEntity("invitations")
public record Invitation(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        String role,
        @Nullable String note,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        @Nullable Long memberActorId) {

    /** Whether it can still be accepted at {@code now}. */
    public boolean open(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }
}
