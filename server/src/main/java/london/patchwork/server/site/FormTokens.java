package london.patchwork.server.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.instance.Instance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * Protection of every form against cross-site request forgery, by double submission: the browser holds a random
 * token in a strict same-site cookie that no other site can read or send, and each form carries the same token in a
 * hidden field; a post whose two copies differ did not come from our page. It needs no session, so it covers the
 * sign-in form too.
 */
@Singleton
public class FormTokens {

    public static final String COOKIE = "patchwork_form";
    public static final String FIELD = "_form";

    private final boolean secure;

    public FormTokens(Instance instance) {
        this.secure = !instance.localMode();
    }

    /** The browser's token, or a new one to set with {@link #cookie}. */
    public String token(HttpRequest<?> request) {
        return current(request).orElseGet(SecretTokens::newToken);
    }

    /** The cookie that holds {@code token}. */
    public Cookie cookie(String token) {
        return Cookie.of(COOKIE, token).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Strict)
                .maxAge(Duration.ofDays(1));
    }

    /** Whether a posted form's token matches the browser's cookie. */
    public boolean accepts(HttpRequest<?> request, String submitted) {
        Optional<String> expected = current(request);
        return submitted != null && expected.isPresent() && MessageDigest.isEqual(
                submitted.getBytes(StandardCharsets.US_ASCII), expected.get().getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(value -> value.length() >= 32
                && value.length() <= 64);
    }
}
