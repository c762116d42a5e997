package london.patchwork.server.members;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Optional;

/** The door to organisers' pages: a signed-in organiser passes; others are sent to sign in or told no. */
@Singleton
public class OrganiserPages {

    private final Sessions sessions;
    private final SiteContext site;

    public OrganiserPages(Sessions sessions, SiteContext site) {
        this.sessions = sessions;
        this.site = site;
    }

    /** Either the signed-in organiser, or the answer to give instead. */
    public record Door(Optional<Sessions.SignedIn> organiser, MutableHttpResponse<?> refusal) {
    }

    public Door check(HttpRequest<?> request) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return new Door(Optional.empty(), HttpResponse.seeOther(URI.create("/sign-in")));
        }
        if (signedIn.get().role() != MemberRole.ORGANISER) {
            return new Door(Optional.empty(), site.notice(HttpStatus.FORBIDDEN,
                    "For organisers only", "Only the hub's organisers can open this page.", "/account",
                    "Your account"));
        }
        return new Door(signedIn, null);
    }
}
