package london.patchwork.server.apps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an app may have a member's browser sent back with a code: an absolute {@code http(s)} URL (web apps), a
 * custom scheme (native apps such as {@code tusky://oauth}), or Mastodon's out-of-band URN, for which the hub shows
 * the code instead. Schemes a browser would run or render ({@code javascript:}, {@code data:} and the like) are
 * refused: the authorisation page must never become a way to run script on the hub's origin or another's.
 */
final class RedirectUris {

    /** The out-of-band URN: show the code to copy rather than redirect. */
    static final String OOB = "urn:ietf:wg:oauth:2.0:oob";

    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "about",
            "blob", "filesystem", "view-source");
    private static final int MOST = 10;

    private RedirectUris() {
    }

    /** The URIs as registered, or the reason they are refused. */
    record Parsed(List<String> uris, String problem) {
    }

    /** From Mastodon's {@code redirect_uris}: one string with a URI per line, or a list of strings. */
    static Parsed parse(Object given) {
        List<String> candidates = new ArrayList<>();
        if (given instanceof Collection<?> many) {
            many.forEach(one -> candidates.addAll(lines(String.valueOf(one))));
        } else if (given != null) {
            candidates.addAll(lines(String.valueOf(given)));
        }
        Set<String> uris = new LinkedHashSet<>(candidates);
        if (uris.isEmpty()) {
            return new Parsed(List.of(), "redirect_uris is required");
        }
        if (uris.size() > MOST) {
            return new Parsed(List.of(), "redirect_uris may list at most " + MOST + " URIs");
        }
        for (String uri : uris) {
            Optional<String> problem = problem(uri);
            if (problem.isPresent()) {
                return new Parsed(List.of(), "redirect_uris: " + problem.get());
            }
        }
        return new Parsed(List.copyOf(uris), null);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static Optional<String> problem(String uri) {
        if (OOB.equals(uri)) {
            return Optional.empty();
        }
        if (uri.length() > 2000) {
            return Optional.of("a URI is too long");
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of(uri + " is not a URI");
        }
        if (!parsed.isAbsolute() || parsed.getScheme() == null) {
            return Optional.of(uri + " must be absolute");
        }
        if (parsed.getRawFragment() != null) {
            return Optional.of(uri + " must not have a fragment");
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (REFUSED_SCHEMES.contains(scheme)) {
            return Optional.of(scheme + ": URIs are not allowed");
        }
        if ((scheme.equals("http") || scheme.equals("https")) && (parsed.getHost() == null
                || parsed.getHost().isEmpty())) {
            return Optional.of(uri + " has no host");
        }
        return Optional.empty();
    }

    /** {@code uri} with the answer's parameters added to its query. */
    static URI withQuery(String uri, String query) {
        int hash = uri.indexOf('#');
        String base = hash < 0 ? uri : uri.substring(0, hash);
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }
}
