package london.patchwork.federation.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response: status line, headers and a body framed by chunked transfer coding,
 * Content-Length or the end of the connection (RFC 9112 section 6.3). Strict where leniency has
 * caused request smuggling elsewhere (conflicting lengths, unknown transfer codings, whitespace
 * before a colon, folded headers); every limit is counted as bytes arrive.
 */
final class ResponseReader {

    /** What to do with the body. */
    enum BodyMode {
        /** Read a success body whole; fail with {@link FetchException.TooLarge} past the limit; skip other bodies. */
        DOCUMENT,
        /** Read any body up to the limit and stop there quietly (for error excerpts). */
        EXCERPT
    }

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_HEADERS = 128;
    private static final int MAX_INTERIM = 8;

    private final InputStream in;
    private final URI target;
    private int headBytes;

    ResponseReader(InputStream in, URI target) {
        this.in = in;
        this.target = target;
    }

    RawResponse read(long limit, BodyMode mode) throws IOException, FetchException {
        for (int interim = 0; interim <= MAX_INTERIM; interim++) {
            int status = readStatusLine();
            HttpHeaders headers = readHeaders();
            if (status == 101) {
                throw malformed("unexpected protocol switch");
            }
            if (status >= 100 && status < 200) {
                continue;   // 100 Continue, 103 Early Hints: the real response follows
            }
            boolean wanted = mode == BodyMode.EXCERPT || StatusCodes.isSuccess(status);
            if (!wanted || status == 204 || status == 304) {
                return new RawResponse(status, headers, new byte[0], false);
            }
            return readBody(status, headers, limit, mode);
        }
        throw malformed("too many interim responses");
    }

    private int readStatusLine() throws IOException, FetchException {
        String line = readLine();
        if (line == null) {
            throw malformed("connection closed before a status line");
        }
        if (line.length() < 12 || !(line.startsWith("HTTP/1.1 ") || line.startsWith("HTTP/1.0 "))
                || (line.length() > 12 && line.charAt(12) != ' ')) {
            throw malformed("bad status line");
        }
        String code = line.substring(9, 12);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || code.charAt(0) == '0') {
            throw malformed("bad status code");
        }
        return Integer.parseInt(code);
    }

    private HttpHeaders readHeaders() throws IOException, FetchException {
        HttpHeaders.Builder headers = new HttpHeaders.Builder();
        int count = 0;
        while (true) {
            String line = readLine();
            if (line == null) {
                throw malformed("connection closed inside the headers");
            }
            if (line.isEmpty()) {
                return headers.build();
            }
            if (++count > MAX_HEADERS) {
                throw malformed("too many headers");
            }
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                throw malformed("folded header line");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !HttpSyntax.isToken(line.substring(0, colon))) {
                throw malformed("bad header line");
            }
            headers.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
    }

    private RawResponse readBody(int status, HttpHeaders headers, long limit, BodyMode mode)
            throws IOException, FetchException {
        BoundedBody body = new BoundedBody(limit, mode);
        List<String> codings = headers.all("Transfer-Encoding");
        if (!codings.isEmpty()) {
            String joined = String.join(",", codings).toLowerCase(Locale.ROOT).replace(" ", "").replace("\t", "");
            if (!joined.equals("chunked")) {
                throw malformed("unsupported transfer coding " + joined);
            }
            readChunked(body);
        } else {
            long length = contentLength(headers);
            if (length >= 0) {
                if (length > limit && mode == BodyMode.DOCUMENT) {
                    throw new FetchException.TooLarge(target, limit);
                }
                copy(body, length, true);
            } else {
                copy(body, Long.MAX_VALUE, false);
            }
        }
        return new RawResponse(status, headers, body.bytes(), body.truncated());
    }

    private long contentLength(HttpHeaders headers) throws FetchException {
        String value = null;
        for (String header : headers.all("Content-Length")) {
            for (String part : header.split(",", -1)) {
                String trimmed = part.strip();
                if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw malformed("bad Content-Length");
                }
                if (value != null && !value.equals(trimmed)) {
                    throw malformed("conflicting Content-Length values");
                }
                value = trimmed;
            }
        }
        return value == null ? -1 : Long.parseLong(value);
    }

    private void readChunked(BoundedBody body) throws IOException, FetchException {
        while (!body.truncated()) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw malformed("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(HttpSyntax::isHex)) {
                throw malformed("bad chunk size");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                readHeaders();   // trailers: read to the blank line, counted against the head limit
                return;
            }
            copy(body, size, true);
            if (!body.truncated()) {
                String end = readLine();
                if (end == null || !end.isEmpty()) {
                    throw malformed("chunk not followed by CRLF");
                }
            }
        }
    }

    /** Copies up to {@code length} bytes into the body; {@code exact} means fewer is an error. */
    private void copy(BoundedBody body, long length, boolean exact) throws IOException, FetchException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0 && !body.truncated()) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (exact) {
                    throw malformed("connection closed before the end of the body");
                }
                return;
            }
            body.append(buffer, n);
            left -= n;
        }
    }

    /** A line up to LF, without its CR LF; null at end of stream before any byte. */
    private String readLine() throws IOException, FetchException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (++headBytes > MAX_HEAD) {
                throw malformed("response head larger than " + MAX_HEAD + " bytes");
            }
            if (c == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                if (text.indexOf('\r') >= 0) {
                    throw malformed("bare CR in response head");
                }
                return text;
            }
            if (c == 0) {
                throw malformed("NUL in response head");
            }
            if (line.size() >= MAX_LINE) {
                throw malformed("header line longer than " + MAX_LINE + " bytes");
            }
            line.write(c);
        }
    }

    private FetchException.MalformedResponse malformed(String message) {
        return new FetchException.MalformedResponse(target, message);
    }

    /** Collects body bytes up to a limit. */
    private final class BoundedBody {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final BodyMode mode;
        private boolean truncated;

        BoundedBody(long limit, BodyMode mode) {
            this.limit = limit;
            this.mode = mode;
        }

        void append(byte[] buffer, int n) throws FetchException {
            long room = limit - bytes.size();
            if (n > room) {
                if (mode == BodyMode.DOCUMENT) {
                    throw new FetchException.TooLarge(target, limit);
                }
                bytes.write(buffer, 0, (int) room);
                truncated = true;
                return;
            }
            bytes.write(buffer, 0, n);
        }

        boolean truncated() {
            return truncated;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
