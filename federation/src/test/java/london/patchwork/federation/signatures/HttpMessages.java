package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads HTTP/1.1 message text (as printed in RFCs and fixture files) into the library's types. */
final class HttpMessages {

    private HttpMessages() {
    }

    /** A request; the body is cut to Content-Length when the header is present. */
    static IncomingRequest request(String text, String scheme) {
        Parsed parsed = parse(text);
        String[] requestLine = parsed.startLine().split(" ");
        return new IncomingRequest(requestLine[0], requestLine[1], parsed.headers(), parsed.body(), scheme);
    }

    /** A response, as the component model sees it, with its body. */
    static Response response(String text) {
        Parsed parsed = parse(text);
        int status = Integer.parseInt(parsed.startLine().split(" ")[1]);
        return new Response(MessageParts.response(status, parsed.headers()), parsed.body());
    }

    record Response(MessageParts parts, byte[] body) {
    }

    private record Parsed(String startLine, HeaderMap headers, byte[] body) {
    }

    private static Parsed parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        int split = normalized.indexOf("\n\n");
        String head = split < 0 ? normalized : normalized.substring(0, split);
        // Some RFC figures leave an extra blank line before the body (an artefact of RFC 8792 unwrapping).
        String body = split < 0 ? "" : normalized.substring(split + 2).replaceFirst("^\n+", "");
        String[] lines = head.split("\n");
        HeaderMap.Builder headers = HeaderMap.builder();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                value.append('\n').append(line);
                continue;
            }
            if (name != null) {
                headers.add(name, value.toString());
            }
            int colon = line.indexOf(':');
            name = line.substring(0, colon);
            value = new StringBuilder(line.substring(colon + 1));
        }
        if (name != null) {
            headers.add(name, value.toString());
        }
        HeaderMap map = headers.build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int length = map.first("content-length").map(String::strip).map(Integer::parseInt).orElse(bytes.length);
        return new Parsed(lines[0], map, Arrays.copyOf(bytes, Math.min(length, bytes.length)));
    }
}
