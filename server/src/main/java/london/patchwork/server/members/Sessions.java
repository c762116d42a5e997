package london.patchwork.server.members;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.instance.Instance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Who a browser is signed in as: a random token in an HttpOnly, same-site (lax, so links from elsewhere arrive
 * signed in), and in production Secure cookie; the hub keeps the token's hash and the member it belongs to.
 */
@Singleton
public class Sessions {

    public static final String COOKIE = "patchwork_session";
    private static final String REQUEST_ATTRIBUTE = "patchwork.members.signedIn";
    static final Duration LIFETIME = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final MemberSessionRepository sessions;
    private final MemberRepository members;
    private final ActorRepository actors;
    private final boolean secure;
    private final Clock clock = Clock.systemUTC();

    public Sessions(MemberSessionRepository sessions, MemberRepository members, ActorRepository actors,
                    Instance instance) {
        this.sessions = sessions;
        this.members = members;
        this.actors = actors;
        this.secure = !instance.localMode();
    }

    /** A signed-in member: their account and their actor. */
    public record SignedIn(Member member, Actor actor) {
        public MemberRole role() {
            return MemberRole.fromKey(member.role()).orElse(MemberRole.MEMBER);
        }
    }

    /** Opens a session for a member and returns its cookie. */
    public Cookie open(Member member) {
        String token = SecretTokens.newToken();
        sessions.save(new MemberSession(null, SecretTokens.hash(token), member.actorId(), null,
                clock.instant().plus(LIFETIME)));
        LOG.info("event=signed_in actorId={}", member.actorId());
        return cookie(token, LIFETIME);
    }

    /**
     * The member this request's cookie signs in, if the session is current and the member active. Read once per
     * request: the authentication fetcher asks first, and the page's controller gets the same answer.
     */
    @SuppressWarnings("unchecked")
    public Optional<SignedIn> current(HttpRequest<?> request) {
        Optional<Object> known = request.getAttribute(REQUEST_ATTRIBUTE);
        if (known.isPresent()) {
            return (Optional<SignedIn>) known.get();
        }
        Optional<SignedIn> signedIn = token(request)
                .flatMap(token -> sessions.findCurrent(SecretTokens.hash(token), clock.instant()))
                .flatMap(session -> members.findById(session.memberActorId()))
                .filter(Member::active)
                .flatMap(member -> actors.findById(member.actorId()).map(actor -> new SignedIn(member, actor)));
        request.setAttribute(REQUEST_ATTRIBUTE, signedIn);
        return signedIn;
    }

    /** Ends every session of the request's member except the request's own; returns how many. */
    public int closeOthers(HttpRequest<?> request, long memberActorId) {
        return token(request).map(token -> sessions.deleteOthers(memberActorId, SecretTokens.hash(token)))
                .orElse(0);
    }

    /** Ends this request's session; returns the cookie that clears it from the browser. */
    public Cookie close(HttpRequest<?> request) {
        request.setAttribute(REQUEST_ATTRIBUTE, Optional.empty());
        token(request).ifPresent(token -> sessions.deleteByTokenHash(SecretTokens.hash(token)));
        return cookie("", Duration.ZERO);
    }

    private Cookie cookie(String value, Duration maxAge) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Lax)
                .maxAge(maxAge);
    }

    private static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(value -> !value.isEmpty() && value.length() <= 64);
    }
}
