package london.patchwork.server.members;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/** Turns {@code Authorization: Bearer <organiser token>} into an organiser's authentication. */
@Singleton
public class OrganiserAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String BEARER = "Bearer ";

    private final OrganiserTokens tokens;

    public OrganiserAuthenticationFetcher(OrganiserTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Publishers.empty();
        }
        if (!tokens.accepts(header.substring(BEARER.length()))) {
            return Publishers.empty();
        }
        return Publishers.just(Authentication.build("organiser", List.of(Roles.ORGANISER),
                Map.of(Viewers.VIA, "organiser-token")));
    }
}
