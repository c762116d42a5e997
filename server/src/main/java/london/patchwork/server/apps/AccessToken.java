package london.patchwork.server.apps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An app's access token: for a member who authorised it, or (no member) the app's own from
 * {@code client_credentials}. Only the hash is kept; revoking sets {@code revokedAt} and keeps the row, so the
 * member's list of apps can say what was revoked.
 *
 * @param codeId the authorisation code it was issued for, so reusing that code can revoke it
 */
@MappedEntity("oauth_tokens")
public record AccessToken(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long appId,
        @Nullable Long memberActorId,
        @Nullable Long codeId,
        String scopes,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {
}
