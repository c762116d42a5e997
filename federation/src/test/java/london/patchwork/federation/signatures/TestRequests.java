package london.patchwork.federation.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds requests as a receiving server would see them, and edits them for tampering tests. */
final class TestRequests {

    private TestRequests() {
    }

    /** What arrives when {@code out} is sent with the signer's headers added (Host as the JDK client sets it). */
    static IncomingRequest received(OutgoingRequest out, Map<String, String> added) {
        OutgoingTarget target = OutgoingTarget.of(out.target());
        HeaderMap.Builder headers = HeaderMap.builder().add("Host", target.host());
        out.headers().forEach(headers::add);
        added.forEach(headers::add);
        return new IncomingRequest(out.method(), target.target(), headers.build(), out.body(), target.scheme());
    }

    static OutgoingRequest post(String url, String body) {
        return new OutgoingRequest("POST", URI.create(url), Map.of("Content-Type", "application/activity+json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static OutgoingRequest get(String url) {
        return new OutgoingRequest("GET", URI.create(url), Map.of("Accept", "application/activity+json"), null);
    }

    /** Replaces every line of a header (or adds it). */
    static IncomingRequest withHeader(IncomingRequest request, String name, String value) {
        return copy(request, name, value, request.target(), request.body());
    }

    static IncomingRequest without(IncomingRequest request, String name) {
        return copy(request, name, null, request.target(), request.body());
    }

    static IncomingRequest withTarget(IncomingRequest request, String target) {
        return copy(request, null, null, target, request.body());
    }

    static IncomingRequest withBody(IncomingRequest request, String body) {
        return copy(request, null, null, request.target(), body.getBytes(StandardCharsets.UTF_8));
    }

    static IncomingRequest withMethod(IncomingRequest request, String method) {
        return new IncomingRequest(method, request.target(), request.headers(), request.body(), request.scheme());
    }

    static String resource(String path) {
        try (InputStream in = TestRequests.class.getResourceAsStream("/fixtures/signatures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IncomingRequest copy(IncomingRequest request, String replaced, String value, String target,
                                        byte[] body) {
        HeaderMap.Builder headers = HeaderMap.builder();
        for (String name : request.headers().names()) {
            if (!name.equalsIgnoreCase(String.valueOf(replaced))) {
                request.headers().all(name).forEach(v -> headers.add(name, v));
            }
        }
        if (replaced != null && value != null) {
            headers.add(replaced, value);
        }
        return new IncomingRequest(request.method(), target, headers.build(), body, request.scheme());
    }
}
