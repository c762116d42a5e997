package london.patchwork.federation.signatures;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Values of RFC 9421 derived components (§2.2), computed from the message as received. */
final class DerivedComponents {

    private DerivedComponents() {
    }

    /** @return one value, or several for a query parameter that occurs several times */
    static List<String> values(ComponentId id, MessageParts message) {
        for (String param : id.params().keySet()) {
            if (!(param.equals("name") && id.name().equals("@query-param"))) {
                throw new Rejection(FailureReason.MALFORMED, "unsupported parameter ;" + param + " on " + id.name());
            }
        }
        if (id.name().equals("@status")) {
            if (message.isRequest()) {
                throw new Rejection(FailureReason.MALFORMED, "@status is only defined for responses");
            }
            return List.of(Integer.toString(message.status()));
        }
        if (!message.isRequest()) {
            throw new Rejection(FailureReason.MALFORMED, id.name() + " is not available on a response");
        }
        return switch (id.name()) {
            case "@method" -> List.of(message.method());
            case "@target-uri" -> List.of(targetUri(message));
            case "@authority" -> List.of(authority(message));
            case "@scheme" -> List.of(message.scheme());
            case "@request-target" -> List.of(message.target());
            case "@path" -> List.of(path(message));
            case "@query" -> List.of("?" + nullToEmpty(query(message)));
            case "@query-param" -> queryParam(id, message);
            default -> throw new Rejection(FailureReason.MALFORMED, "unknown derived component " + id.name());
        };
    }

    static String targetUri(MessageParts message) {
        String target = message.target();
        if (isAbsoluteForm(target)) {
            return target;
        }
        String base = message.scheme() + "://" + authority(message);
        return target.startsWith("/") ? base + target : base;
    }

    /** The authority normalised as §2.2.3 asks: lower-case host, default port left out. */
    static String authority(MessageParts message) {
        String target = message.target();
        String raw;
        if (isAbsoluteForm(target)) {
            raw = parse(target).getRawAuthority();
        } else if (!target.startsWith("/") && !target.equals("*")) {
            raw = target;
        } else {
            List<String> hosts = message.headers().all("host");
            if (hosts.isEmpty()) {
                throw new Rejection(FailureReason.MISSING_HEADER, "the Host header is missing");
            }
            if (hosts.size() > 1) {
                throw new Rejection(FailureReason.MALFORMED, "more than one Host header");
            }
            raw = hosts.getFirst().strip();
        }
        return normalizeAuthority(raw == null ? "" : raw, message.scheme());
    }

    static String normalizeAuthority(String raw, String scheme) {
        String lower = raw.toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equals("http") ? ":80" : scheme.equals("https") ? ":443" : null;
        if (defaultPort != null && lower.endsWith(defaultPort)) {
            return lower.substring(0, lower.length() - defaultPort.length());
        }
        return lower;
    }

    private static String path(MessageParts message) {
        String target = message.target();
        String path;
        if (isAbsoluteForm(target)) {
            path = parse(target).getRawPath();
        } else if (target.startsWith("/")) {
            int q = target.indexOf('?');
            path = q < 0 ? target : target.substring(0, q);
        } else {
            throw new Rejection(FailureReason.MALFORMED, "@path is undefined for request target " + target);
        }
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String query(MessageParts message) {
        String target = message.target();
        if (isAbsoluteForm(target)) {
            return parse(target).getRawQuery();
        }
        int q = target.indexOf('?');
        return q < 0 ? null : target.substring(q + 1);
    }

    private static List<String> queryParam(ComponentId id, MessageParts message) {
        String name = id.stringParam("name").orElseThrow(
                () -> new Rejection(FailureReason.MALFORMED, "@query-param needs a name parameter"));
        List<String> values = QueryParams.values(query(message), name);
        if (values.isEmpty()) {
            throw new Rejection(FailureReason.MISSING_HEADER, "query parameter " + name + " is absent");
        }
        return values;
    }

    private static boolean isAbsoluteForm(String target) {
        return !target.startsWith("/") && target.contains("://");
    }

    private static URI parse(String target) {
        try {
            return new URI(target);
        } catch (URISyntaxException e) {
            throw new Rejection(FailureReason.MALFORMED, "the request target is not a valid URI");
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
