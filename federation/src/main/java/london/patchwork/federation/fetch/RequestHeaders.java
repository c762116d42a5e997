package london.patchwork.federation.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers of a request being built, in sending order; setting a name again replaces the
 * earlier value whatever its case, so a signer's {@code Host} or {@code Date} cannot be sent twice.
 */
final class RequestHeaders {

    private final List<String[]> entries = new ArrayList<>();

    /**
     * Sets a header, replacing any with the same name.
     *
     * @throws IllegalArgumentException when the name is not a token or the value could break the
     *                                  request (CR, LF, NUL, non-ASCII): a bug in the caller or signer
     */
    RequestHeaders set(String name, String value) {
        if (!HttpSyntax.isToken(name) || !HttpSyntax.isSafeHeaderValue(value)) {
            throw new IllegalArgumentException("refusing to send header " + name);
        }
        entries.removeIf(entry -> entry[0].equalsIgnoreCase(name));
        entries.add(new String[] {name, value});
        return this;
    }

    RequestHeaders setAll(Map<String, String> headers) {
        headers.forEach(this::set);
        return this;
    }

    boolean has(String name) {
        return entries.stream().anyMatch(entry -> entry[0].equalsIgnoreCase(name));
    }

    /** A read-only snapshot in sending order, for the signer. */
    Map<String, String> snapshot() {
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach(entry -> copy.put(entry[0], entry[1]));
        return Collections.unmodifiableMap(copy);
    }

    /** The request head: request line, headers and the blank line. */
    byte[] head(String method, String requestTarget) {
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(requestTarget).append(" HTTP/1.1\r\n");
        entries.forEach(entry -> head.append(entry[0]).append(": ").append(entry[1]).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
