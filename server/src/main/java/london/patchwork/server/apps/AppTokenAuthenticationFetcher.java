package london.patchwork.server.apps;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.members.MemberService;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Turns {@code Authorization: Bearer <app token>} into the member who authorised the app (through
 * {@link MemberService}, so a suspended member's apps stop at once), or into the app alone for a
 * {@code client_credentials} token. The authentication carries the token's scopes for {@link OAuthScopeRule}.
 * A Bearer token that is no app's live token (it may be the organiser token, which its own fetcher accepts) is
 * marked on the request, so a refusal can say the token is invalid.
 */
@Singleton
public class AppTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    /** The attribute holding the token's scopes, as Mastodon writes them. */
    public static final String SCOPES = "scopes";
    /** The attribute holding the id of the app the token was issued to. */
    public static final String APP_ID = "appId";
    /** Set on a request whose Bearer token is no live app token. */
    static final String UNKNOWN_TOKEN = "patchwork.apps.unknownToken";

    private static final String BEARER = "Bearer ";

    private final AppTokens tokens;
    private final MemberService members;
    private final ExecutorService blocking;

    public AppTokenAuthenticationFetcher(AppTokens tokens, MemberService members,
                                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.members = members;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Publishers.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        // The lookup reads the database: off the event loop. A null completes the publisher empty.
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            Optional<Authentication> found = tokens.find(token).flatMap(this::authentication);
            if (found.isEmpty()) {
                request.setAttribute(UNKNOWN_TOKEN, Boolean.TRUE);
            }
            return found.orElse(null);
        }, blocking));
    }

    private Optional<Authentication> authentication(AppTokens.TokenHolder holder) {
        Map<String, Object> attributes = Map.of(SCOPES, holder.scopes().text(), APP_ID, holder.app().id());
        Long member = holder.token().memberActorId();
        if (member == null) {
            return Optional.of(Authentication.build("app:" + holder.app().clientId(), List.of(),
                    Map.of(SCOPES, holder.scopes().text(), APP_ID, holder.app().id(), Viewers.VIA, "app-token")));
        }
        return members.authentication(member, "token", attributes);
    }
}
