package london.patchwork.server.apps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/**
 * An app registered with {@code POST /api/v1/apps}: Tusky, Elk, a script. The secret is kept only as its hash.
 *
 * @param redirectUris one URI per line
 * @param scopes       the most the app may ask members for, space-separated
 */
@MappedEntity("oauth_apps")
public record OAuthApp(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String website,
        String redirectUris,
        String scopes,
        String clientId,
        String clientSecretHash,
        @DateCreated @Nullable Instant createdAt) {

    public List<String> redirectUriList() {
        return redirectUris.lines().toList();
    }

    public Scopes scopeSet() {
        return Scopes.parse(scopes, Scopes.DEFAULT).scopes().orElse(Scopes.DEFAULT);
    }
}
