package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first request of a connection through a {@link LabLink}, read before anything is forwarded so that the link
 * knows who is calling (to partition by caller) and, for an inbox POST, which activity it carries.
 *
 * @param bytes     everything read from the client so far, to be forwarded as it is
 * @param method    the request method, or empty when no complete head arrived
 * @param path      the request target, or empty
 * @param userAgent the {@code User-Agent} header, or empty
 * @param body      the body when it had a {@code Content-Length} of at most {@link #MAX_BODY} and arrived whole,
 *                  else null
 */
record LinkRequest(byte[] bytes, String method, String path, String userAgent, byte[] body) {

    static final int MAX_HEAD = 64 * 1024;
    static final int MAX_BODY = 1024 * 1024;

    /** {@code Patchwork/0.1 (+http://localhost:8081/)}, {@code LivingLabResidents (+http://127.0.0.1:9000/)}. */
    private static final Pattern ORIGIN = Pattern.compile("\\(\\+([a-zA-Z][a-zA-Z0-9+.-]*://[^)/\\s]+)/?\\)");
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    /** Reads the head (up to CRLFCRLF, at most {@link #MAX_HEAD}) and a body of known, bounded length. */
    static LinkRequest read(InputStream in) throws IOException {
        ByteArrayOutputStream buffered = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int headEnd = -1;
        while (headEnd < 0 && buffered.size() < MAX_HEAD) {
            int n = in.read(chunk);
            if (n < 0) {
                break;
            }
            buffered.write(chunk, 0, n);
            headEnd = indexOf(buffered.toByteArray(), END_OF_HEAD);
        }
        if (headEnd < 0) {
            return new LinkRequest(buffered.toByteArray(), "", "", "", null);
        }
        String head = new String(buffered.toByteArray(), 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String method = requestLine[0];
        String path = requestLine.length > 1 ? requestLine[1] : "";
        String userAgent = "";
        long contentLength = -1;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("user-agent")) {
                userAgent = value;
            } else if (name.equals("content-length")) {
                contentLength = parseLength(value);
            }
        }
        int bodyStart = headEnd + END_OF_HEAD.length;
        byte[] body = null;
        if (contentLength >= 0 && contentLength <= MAX_BODY) {
            while (buffered.size() < bodyStart + contentLength) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                buffered.write(chunk, 0, n);
            }
            byte[] all = buffered.toByteArray();
            if (all.length >= bodyStart + contentLength) {
                body = Arrays.copyOfRange(all, bodyStart, bodyStart + (int) contentLength);
            }
        }
        return new LinkRequest(buffered.toByteArray(), method, path, userAgent, body);
    }

    /** The caller's origin from its {@code User-Agent}, or {@link LinkExchange#UNKNOWN}. */
    String caller() {
        return callerOf(userAgent);
    }

    static String callerOf(String userAgent) {
        Matcher matcher = ORIGIN.matcher(userAgent == null ? "" : userAgent);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : LinkExchange.UNKNOWN;
    }

    /** The path without its query. */
    static String pathOnly(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    boolean inboxPost() {
        return "POST".equals(method) && pathOnly(path).endsWith("/inbox");
    }

    /**
     * The activity's {@code id}, {@code type} and object id, each null when absent; all null when this is not an
     * inbox POST or its body is not JSON (a hostile or broken sender is the upstream's business, not the link's).
     */
    String[] activity(ObjectMapper json) {
        String[] none = {null, null, null};
        if (!inboxPost() || body == null) {
            return none;
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                return none;
            }
            JsonNode object = root.get("object");
            String objectId = object == null ? null
                    : object.isTextual() ? object.asText()
                    : object.isObject() && object.get("id") != null && object.get("id").isTextual()
                    ? object.get("id").asText() : null;
            return new String[] {text(root.get("id")), text(root.get("type")), objectId};
        } catch (IOException | RuntimeException e) {
            return none;
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
