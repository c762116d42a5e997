package london.patchwork.server.apps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * What a member agreed to on the consent page, waiting for the app to exchange it for a token: single-use and
 * short-lived. Only the code's hash is kept.
 *
 * @param codeChallenge the PKCE S256 challenge, when the app sent one
 */
@MappedEntity("oauth_codes")
public record AuthorizationCode(
        @Id @GeneratedValue @Nullable Long id,
        String codeHash,
        long appId,
        long memberActorId,
        String redirectUri,
        String scopes,
        @Nullable String codeChallenge,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {
}
