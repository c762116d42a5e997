package london.patchwork.server.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope a Mastodon-API endpoint needs when it is called with an app's access token, in Mastodon's words
 * ({@code read:statuses}, {@code write:follows}…). A token granted the parent scope ({@code read}, {@code write})
 * passes too. Requests signed in by the session cookie or the organiser token are not limited by scopes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OAuthScope {

    String value();
}
