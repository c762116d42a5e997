package london.patchwork.federation.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical web origin: scheme, host and port. The server compares the hosts of actors, keys
 * and objects through this type, so {@code https://Example.COM.}, {@code https://example.com:443}
 * and {@code https://example.com} are one origin, and {@code https://bücher.example} equals
 * {@code https://xn--bcher-kva.example}.
 *
 * @param scheme {@code http} or {@code https}
 * @param host   canonical host (see {@link #canonicalHost(String)})
 * @param port   the effective port, default ports included (443 for https, 80 for http)
 */
public record Origin(String scheme, String host, int port) {

    /** Requires a canonical host, an http(s) scheme and a port in range; use {@link #of(URI)} for URIs. */
    public Origin {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("origin scheme must be http or https");
        }
        if (!HostNames.canonical(host).map(host::equals).orElse(false)) {
            throw new IllegalArgumentException("host is not canonical: " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /**
     * The origin of an absolute http(s) URI, or empty when it has none we accept: another scheme,
     * no host, user-info, a malformed host or port.
     */
    public static Optional<Origin> of(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.isOpaque()) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@") || authority.contains("%")) {
            return Optional.empty();
        }
        return splitAuthority(authority).flatMap(parts -> {
            int port = parts.port() < 0 ? defaultPort(scheme) : parts.port();
            return HostNames.canonical(parts.host()).map(host -> new Origin(scheme, host, port));
        });
    }

    /** As {@link #of(URI)} for a string; empty when it is not a URI at all. */
    public static Optional<Origin> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return of(new URI(url));
        } catch (java.net.URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** Whether two URIs have the same canonical origin; false when either has none. */
    public static boolean sameOrigin(URI a, URI b) {
        Optional<Origin> first = of(a);
        return first.isPresent() && first.equals(of(b));
    }

    /** Whether two URIs have the same canonical host, whatever their scheme and port. */
    public static boolean sameHost(URI a, URI b) {
        Optional<String> first = of(a).map(Origin::host);
        return first.isPresent() && first.equals(of(b).map(Origin::host));
    }

    /**
     * The canonical spelling of a host name or bracketed IPv6 literal: ASCII, lower case, no
     * trailing dot. Empty when it is not a usable host.
     */
    public static Optional<String> canonicalHost(String host) {
        return HostNames.canonical(host);
    }

    /** Whether the port is the scheme's default one. */
    public boolean hasDefaultPort() {
        return port == defaultPort(scheme);
    }

    /** {@code host} or {@code host:port}, the port only when it is not the default: the {@code Host} header. */
    public String authority() {
        return hasDefaultPort() ? host : host + ":" + port;
    }

    /** Whether this origin is reached over TLS. */
    public boolean isHttps() {
        return scheme.equals("https");
    }

    /** {@code scheme://authority}, the serialised origin. */
    @Override
    public String toString() {
        return scheme + "://" + authority();
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** Host and port as written; port -1 when absent or empty. */
    record HostAndPort(String host, int port) {
    }

    static Optional<HostAndPort> splitAuthority(String authority) {
        String host = authority;
        String portText = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return Optional.empty();
            }
            portText = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                portText = authority.substring(colon + 1);
            }
        }
        if (portText.isEmpty()) {
            return Optional.of(new HostAndPort(host, -1));
        }
        if (portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int port = Integer.parseInt(portText);
        return port >= 1 && port <= 65535 ? Optional.of(new HostAndPort(host, port)) : Optional.empty();
    }
}
