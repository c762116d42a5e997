package london.patchwork.server.members;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Turns the session cookie into the member's authentication, so pages and the JSON API alike can be secured
 * with {@code @Secured(Roles.MEMBER)} and read the member from {@code Viewers.actorId}. Forms still check their
 * own token (the cookie is same-site lax, which lets a top-level GET from elsewhere arrive signed in).
 */
@Singleton
public class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Sessions sessions;
    private final MemberService members;
    private final ExecutorService blocking;

    public SessionAuthenticationFetcher(Sessions sessions, MemberService members,
                                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.members = members;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request.getCookies().findCookie(Sessions.COOKIE).isEmpty()) {
            return Publishers.empty();
        }
        // The lookup reads the database: off the event loop. A null completes the publisher empty.
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> sessions.current(request)
                .flatMap(signedIn -> members.authentication(signedIn.member(), signedIn.actor(), "session"))
                .orElse(null), blocking));
    }
}
