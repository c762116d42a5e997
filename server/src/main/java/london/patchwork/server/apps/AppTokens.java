package london.patchwork.server.apps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.http.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth grants: registering an app, the code a member's consent produces, and exchanging it (or the app's own
 * credentials) for an access token; looking tokens up and revoking them. Every secret handed out is random and
 * kept only as its hash ({@link SecretTokens}).
 */
@Singleton
public class AppTokens {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(AppTokens.class);

    private final OAuthAppRepository apps;
    private final AuthorizationCodeRepository codes;
    private final AccessTokenRepository tokens;
    private final Clock clock = Clock.systemUTC();

    public AppTokens(OAuthAppRepository apps, AuthorizationCodeRepository codes, AccessTokenRepository tokens) {
        this.apps = apps;
        this.codes = codes;
        this.tokens = tokens;
    }

    /** A registered app and its secret, which exists in clear only in this answer. */
    public record Registered(OAuthApp app, String clientSecret) {
    }

    /** A token as handed to the app, once. */
    public record Issued(String accessToken, Scopes scopes, Instant createdAt) {
    }

    /** What an exchange gave: a token, or OAuth's reason for none. */
    public sealed interface Exchange permits Granted, Refused {
    }

    public record Granted(Issued issued) implements Exchange {
    }

    public record Refused(OAuthRefusal refusal) implements Exchange {
    }

    Registered register(String name, @Nullable String website, List<String> redirectUris, Scopes scopes) {
        String secret = SecretTokens.newToken();
        OAuthApp app = apps.save(new OAuthApp(null, name, website, String.join("\n", redirectUris), scopes.text(),
                SecretTokens.newToken(), SecretTokens.hash(secret), null));
        LOG.info("event=app_registered appId={} name={}", app.id(), name);
        return new Registered(app, secret);
    }

    Optional<OAuthApp> app(String clientId) {
        return clientId == null || clientId.length() > 64 ? Optional.empty() : apps.findByClientId(clientId);
    }

    /** The app whose id and secret these are. */
    Optional<OAuthApp> authenticate(@Nullable String clientId, @Nullable String clientSecret) {
        if (clientSecret == null) {
            return Optional.empty();
        }
        byte[] offered = SecretTokens.hash(clientSecret).getBytes(StandardCharsets.US_ASCII);
        return app(clientId).filter(app -> MessageDigest.isEqual(offered,
                app.clientSecretHash().getBytes(StandardCharsets.US_ASCII)));
    }

    /** The code a member's consent gives the app to exchange. */
    String issueCode(OAuthApp app, long memberActorId, String redirectUri, Scopes scopes,
                     @Nullable String codeChallenge) {
        String code = SecretTokens.newToken();
        codes.save(new AuthorizationCode(null, SecretTokens.hash(code), app.id(), memberActorId, redirectUri,
                scopes.text(), codeChallenge, null, clock.instant().plus(CODE_LIFETIME), null));
        return code;
    }

    /**
     * Exchanges a code for a member's token. A code is good once: a second exchange is an attack or a replay, so
     * it also revokes the token the first one issued (RFC 6749 §4.1.2).
     */
    @Transactional
    public Exchange exchange(OAuthApp app, @Nullable String code, @Nullable String redirectUri,
                      @Nullable String codeVerifier) {
        if (code == null || code.isBlank()) {
            return new Refused(OAuthRefusal.invalidRequest("code is required"));
        }
        Optional<AuthorizationCode> found = codes.findByCodeHash(SecretTokens.hash(code))
                .filter(stored -> stored.appId() == app.id());
        if (found.isEmpty()) {
            return new Refused(OAuthRefusal.invalidGrant("The authorisation code is not valid for this client."));
        }
        AuthorizationCode stored = found.get();
        Instant now = clock.instant();
        if (stored.usedAt() != null || codes.markUsed(stored.id(), now) == 0) {
            int revoked = tokens.revokeIssuedFor(stored.id(), now);
            LOG.warn("event=code_reused appId={} codeId={} revoked={}", app.id(), stored.id(), revoked);
            return new Refused(OAuthRefusal.invalidGrant("The authorisation code has already been used."));
        }
        if (!now.isBefore(stored.expiresAt())) {
            return new Refused(OAuthRefusal.invalidGrant("The authorisation code has expired."));
        }
        if (!stored.redirectUri().equals(redirectUri)) {
            return new Refused(OAuthRefusal.invalidGrant("redirect_uri does not match the one the code was issued for."));
        }
        if (stored.codeChallenge() != null && !Pkce.verifies(stored.codeChallenge(), codeVerifier)) {
            return new Refused(OAuthRefusal.invalidGrant("code_verifier does not match the code_challenge."));
        }
        Scopes scopes = Scopes.parse(stored.scopes(), Scopes.DEFAULT).scopes().orElse(Scopes.DEFAULT);
        return new Granted(issue(app, stored.memberActorId(), stored.id(), scopes));
    }

    /** The app's own token: no member, so it can only read what anyone may, and check its credentials. */
    Exchange clientCredentials(OAuthApp app, Scopes asked) {
        if (!app.scopeSet().covers(asked)) {
            return new Refused(new OAuthRefusal("invalid_scope", "The requested scope is outside the app's scopes."));
        }
        return new Granted(issue(app, null, null, asked));
    }

    private Issued issue(OAuthApp app, @Nullable Long memberActorId, @Nullable Long codeId, Scopes scopes) {
        String token = SecretTokens.newToken();
        AccessToken saved = tokens.save(new AccessToken(null, SecretTokens.hash(token), app.id(), memberActorId,
                codeId, scopes.text(), null, null, null));
        LOG.info("event=token_issued appId={} memberActorId={}", app.id(), memberActorId);
        return new Issued(token, scopes, saved.createdAt() == null ? clock.instant() : saved.createdAt());
    }

    /** The live token and its app, noting when it was used. */
    Optional<TokenHolder> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        return tokens.findLive(SecretTokens.hash(token)).flatMap(found -> apps.findById(found.appId()).map(app -> {
            Instant now = clock.instant();
            tokens.touch(found.id(), now, now.minus(Duration.ofMinutes(1)));
            return new TokenHolder(found, app);
        }));
    }

    /** A live token and the app it was issued to. */
    public record TokenHolder(AccessToken token, OAuthApp app) {
        Scopes scopes() {
            return Scopes.parse(token.scopes(), Scopes.DEFAULT).scopes().orElse(Scopes.DEFAULT);
        }
    }

    /** Revokes a token if it was issued to this app; a token that is not (or no longer) valid is no error. */
    void revoke(OAuthApp app, String token) {
        int revoked = tokens.revokeByHash(SecretTokens.hash(token), app.id(), clock.instant());
        LOG.info("event=token_revoked appId={} revoked={}", app.id(), revoked);
    }

    /** Revokes everything a member gave one app (the Revoke button on their list of apps). */
    int revokeApp(long memberActorId, long appId) {
        return tokens.revokeForMember(memberActorId, appId, clock.instant());
    }
}
