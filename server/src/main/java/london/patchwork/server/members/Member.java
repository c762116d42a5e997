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
 * @param approvedAt   when the account could first sign in; null while a sign-up waits for an organiser
 * @param joinReason   why they asked to join, for the organiser approving a sign-up
 */
@MappedEntity("members")
public record Member(
        @Id Long actorId,
        String email,
        String passwordHash,
        String role,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant suspendedAt,
        @Nullable Instant approvedAt,
        @Nullable String joinReason) {

    /** The same account with a new password hash. */
    public Member withPasswordHash(String newHash) {
        return new Member(actorId, email, newHash, role, createdAt, suspendedAt, approvedAt, joinReason);
    }

    /** The same account, suspended at that time (or no longer, with null). */
    public Member withSuspendedAt(Instant at) {
        return new Member(actorId, email, passwordHash, role, createdAt, at, approvedAt, joinReason);
    }

    /** Whether the account may sign in: approved, and not suspended. */
    public boolean active() {
        return approvedAt != null && suspendedAt == null;
    }

    @Override
    public String toString() {
        // Never the hash: records print every field, and this one ends up in logs.
        return "Member[actorId=" + actorId + ", role=" + role + "]";
    }
}
