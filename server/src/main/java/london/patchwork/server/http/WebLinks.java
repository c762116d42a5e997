package london.patchwork.server.http;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.Locale;

/**
 * Addresses from peers that pages will put in {@code href} and {@code src}: only absolute http(s) URLs with a host.
 * A {@code javascript:} or {@code data:} "profile URL" would otherwise run on the hub's origin when someone clicks it
 * (escaping stops markup, not schemes).
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The URL as text when it is one a page may link to; null otherwise. */
    @Nullable
    public static String orNull(@Nullable URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") ? uri.toString() : null;
    }
}
