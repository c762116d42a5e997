package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A member's account. The member's public face is their local {@code Person} actor, whose id this shares.
 *
 * @param passwordHash an Argon2id PHC string ({@link Passwords})
 * @param role         a {@link MemberRole} key
 */
@MappedEntity("members")
public record Member(
        @Id Long actorId,
        String email,
        String passwordHash,
        String role,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant suspendedAt) {

    @Override
    public String toString() {
        // Never the hash: records print every field, and this one ends up in logs.
        return "Member[actorId=" + actorId + ", role=" + role + "]";
    }
}
