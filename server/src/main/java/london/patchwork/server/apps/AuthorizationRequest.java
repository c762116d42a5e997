package london.patchwork.server.apps;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of {@code /oauth/authorize}, as the app sent them (query) or as the consent form carries them back
 * (post). {@link #check} decides what may happen: an unknown app or an unregistered redirect URI is answered on a
 * page of the hub, never by redirecting, since the URI is exactly what cannot be trusted; any other fault goes back
 * to the app's registered URI with OAuth's error code.
 */
record AuthorizationRequest(@Nullable String responseType, @Nullable String clientId, @Nullable String redirectUri,
                            @Nullable String scope, @Nullable String state, @Nullable String codeChallenge,
                            @Nullable String codeChallengeMethod) {

    /** What checking the request decided. */
    sealed interface Checked permits Unanswerable, BackWithError, Acceptable {
    }

    /** Only the hub can answer: the app or its redirect URI is not known. */
    record Unanswerable(String reason) implements Checked {
    }

    /** The app is known and the URI is its own: tell it what was wrong there. */
    record BackWithError(String redirectUri, String error, String description) implements Checked {
    }

    /** A request a member may agree to. */
    record Acceptable(OAuthApp app, String redirectUri, Scopes scopes, @Nullable String codeChallenge)
            implements Checked {
    }

    Checked check(AppTokens tokens) {
        Optional<OAuthApp> found = clientId == null ? Optional.empty() : tokens.app(clientId);
        if (found.isEmpty()) {
            return new Unanswerable("No app with this client_id is registered with the hub.");
        }
        OAuthApp app = found.get();
        List<String> registered = app.redirectUriList();
        String uri = redirectUri == null || redirectUri.isBlank()
                ? (registered.size() == 1 ? registered.getFirst() : null) : redirectUri;
        if (uri == null || !registered.contains(uri)) {
            return new Unanswerable("The app asked to send you back to an address it did not register.");
        }
        if (!"code".equals(responseType)) {
            return new BackWithError(uri, "unsupported_response_type", "response_type must be code");
        }
        Scopes.Result asked = Scopes.parse(scope, Scopes.DEFAULT);
        if (asked.scopes().isEmpty() || !app.scopeSet().covers(asked.scopes().get())) {
            return new BackWithError(uri, "invalid_scope", asked.scopes().isEmpty() ? asked.problem()
                    : "The requested scope is outside the app's scopes.");
        }
        if (codeChallenge != null && !codeChallenge.isEmpty()) {
            if (!"S256".equals(codeChallengeMethod)) {
                return new BackWithError(uri, "invalid_request", "code_challenge_method must be S256");
            }
            if (!Pkce.validChallenge(codeChallenge)) {
                return new BackWithError(uri, "invalid_request", "code_challenge is not a base64url SHA-256");
            }
        }
        return new Acceptable(app, uri, asked.scopes().get(),
                codeChallenge == null || codeChallenge.isEmpty() ? null : codeChallenge);
    }

    /** Where an answer to the app goes: its redirect URI with {@code params} and the app's state added. */
    URI answer(String uri, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        // code or error first, as every OAuth server writes them.
        for (String first : new String[]{"code", "error"}) {
            if (params.containsKey(first)) {
                all.put(first, params.get(first));
            }
        }
        all.putAll(params);
        if (state != null && !state.isEmpty()) {
            all.put("state", state);
        }
        return RedirectUris.withQuery(uri, query(all));
    }

    /** This request as a local {@code /oauth/authorize} URL, for coming back to after signing in. */
    String path() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "response_type", responseType);
        put(params, "client_id", clientId);
        put(params, "redirect_uri", redirectUri);
        put(params, "scope", scope);
        put(params, "state", state);
        put(params, "code_challenge", codeChallenge);
        put(params, "code_challenge_method", codeChallengeMethod);
        return "/oauth/authorize?" + query(params);
    }

    private static void put(Map<String, String> params, String name, @Nullable String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
