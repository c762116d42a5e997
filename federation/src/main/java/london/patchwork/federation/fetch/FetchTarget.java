package london.patchwork.federation.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL that has passed the syntactic checks and may be requested: absolute http(s), a canonical
 * host, no user-info, nothing but printable ASCII on the wire. The fragment is dropped, since it
 * never leaves the client ({@code https://host/users/a#main-key} is fetched as
 * {@code https://host/users/a}). Whether the policy allows plain http and the host's addresses is
 * checked later, at connect time.
 *
 * @param uri           the URL as asked for, without its fragment: what an ActivityPub id must equal
 * @param origin        its canonical origin, which says where to connect
 * @param requestTarget the path and query sent in the request line
 */
public record FetchTarget(URI uri, Origin origin, String requestTarget) {

    private static final int MAX_LENGTH = 8192;

    /** Rejects components that did not come from {@link #of(URI)} or {@link #parse(String)}. */
    public FetchTarget {
        if (uri == null || origin == null || requestTarget == null
                || !Origin.of(uri).equals(Optional.of(origin)) || uri.getRawFragment() != null
                || !requestTarget.startsWith("/") || !requestTarget.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("use FetchTarget.of or FetchTarget.parse");
        }
    }

    /**
     * Parses and checks a URL from untrusted text (for example an {@code inbox} field).
     *
     * @throws FetchException.BadUrl when it is not a URL we would request
     */
    public static FetchTarget parse(String url) throws FetchException.BadUrl {
        if (url == null || url.isEmpty()) {
            throw new FetchException.BadUrl(null, "empty URL");
        }
        checkCharacters(null, url);
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            throw new FetchException.BadUrl(null, "not a URI: " + e.getReason());
        }
    }

    /**
     * Checks a URI.
     *
     * @throws FetchException.BadUrl when it is not a URL we would request
     */
    public static FetchTarget of(URI uri) throws FetchException.BadUrl {
        if (uri == null) {
            throw new FetchException.BadUrl(null, "no URL");
        }
        checkCharacters(uri, uri.toString());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new FetchException.BadUrl(uri, "scheme must be http or https, not '" + scheme + "'");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new FetchException.BadUrl(uri, "URL has no host");
        }
        if (uri.getRawAuthority().contains("@")) {
            throw new FetchException.BadUrl(uri, "URL carries user-info");
        }
        Optional<Origin> origin = Origin.of(uri);
        if (origin.isEmpty()) {
            throw new FetchException.BadUrl(uri, "malformed host or port");
        }
        URI withoutFragment = stripFragment(uri);
        URI ascii = URI.create(withoutFragment.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        if (!path.startsWith("/")) {
            throw new FetchException.BadUrl(uri, "path must be absolute");
        }
        String query = ascii.getRawQuery();
        return new FetchTarget(withoutFragment, origin.get(), query == null ? path : path + "?" + query);
    }

    /**
     * The target of a redirect from this one.
     *
     * @param location the {@code Location} header, absolute or relative
     * @throws FetchException.BadUrl when it is missing or not a URL we would request
     */
    public FetchTarget redirect(String location) throws FetchException.BadUrl {
        if (location == null || location.isBlank()) {
            throw new FetchException.BadUrl(uri, "redirect without Location");
        }
        checkCharacters(uri, location);
        try {
            return parse(uri.resolve(new URI(location)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException.BadUrl(uri, "bad redirect Location");
        }
    }

    /**
     * The URL exactly as it goes on the wire: canonical origin (punycode, lower case, default port
     * dropped) plus the percent-encoded request target. Signers get this one, so the
     * {@code (request-target)} and {@code Host} they sign are the ones sent.
     */
    public URI wireUri() {
        return URI.create(origin + requestTarget);
    }

    /** Whether this target is reached over TLS. */
    public boolean isHttps() {
        return origin.isHttps();
    }

    private static void checkCharacters(URI context, String url) throws FetchException.BadUrl {
        if (url.length() > MAX_LENGTH) {
            throw new FetchException.BadUrl(context, "URL longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // Whitespace and controls could split a request line or header; a backslash is read as a
            // slash by browsers and WHATWG parsers but not by java.net.URI, so it would mean two URLs.
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                throw new FetchException.BadUrl(context, "URL contains a space, control character or backslash");
            }
        }
    }

    private static URI stripFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
