package london.patchwork.server.http;

import london.patchwork.federation.fetch.Origin;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Comparing identities across hosts that spell themselves differently: {@code HTTPS://Example.COM.:443/a}
 * and {@code https://example.com/a} are one resource. Paths, queries and fragments compare exactly: Mastodon's
 * {@code https://host/users/bob#likes/7} is a Like, not bob.
 */
public final class CanonicalUris {

    private CanonicalUris() {
    }

    public static boolean same(URI a, URI b) {
        if (a == null || b == null) {
            return false;
        }
        Optional<Origin> originA = Origin.of(a);
        return originA.isPresent() && originA.equals(Origin.of(b))
                && Objects.equals(path(a), path(b)) && Objects.equals(a.getRawQuery(), b.getRawQuery())
                && Objects.equals(a.getRawFragment(), b.getRawFragment());
    }

    public static boolean sameHost(URI a, URI b) {
        return a != null && b != null && Origin.of(a).isPresent() && Origin.of(a).equals(Origin.of(b));
    }

    /** host[:port] in canonical form, for the domains table and per-host limits. */
    public static Optional<String> host(URI uri) {
        return Origin.of(uri).map(Origin::authority);
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
