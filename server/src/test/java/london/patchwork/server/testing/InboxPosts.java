package london.patchwork.server.testing;

import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

/**
 * POSTs to a hub's inbox with every part under the test's control, for the hostile cases: no signature,
 * any content type, a signature over one body while another is sent, a signature made at any time.
 */
public final class InboxPosts {

    public static final String ACTIVITY_JSON = "application/activity+json";

    private InboxPosts() {
    }

    /** Signed now over the body it sends, as application/activity+json. */
    public static HttpResponse<String> signed(RequestSigner signer, String inboxUrl, byte[] body) {
        return signed(signer, inboxUrl, ACTIVITY_JSON, body, body, Instant.now());
    }

    /** Signed at {@code at}, as application/activity+json. */
    public static HttpResponse<String> signedAt(RequestSigner signer, String inboxUrl, byte[] body, Instant at) {
        return signed(signer, inboxUrl, ACTIVITY_JSON, body, body, at);
    }

    public static HttpResponse<String> unsigned(String inboxUrl, String contentType, byte[] body) {
        return signed(null, inboxUrl, contentType, body, body, Instant.now());
    }

    /**
     * Signs {@code signedBody} (with its Digest or Content-Digest) at {@code at}, then sends {@code sentBody}.
     * A null signer sends no signature at all.
     */
    public static HttpResponse<String> signed(RequestSigner signer, String inboxUrl, String contentType,
                                              byte[] signedBody, byte[] sentBody, Instant at) {
        URI target = URI.create(inboxUrl);
        Map<String, String> signature = signer == null ? Map.of()
                : signer.sign(new OutgoingRequest("POST", target, Map.of("Content-Type", contentType), signedBody), at);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sentBody))
                .header("Content-Type", contentType);
        // The JDK client sets Host itself, to the same value the signer saw.
        signature.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                request.header(name, value);
            }
        });
        return new HttpProbe(inboxUrl).send(request);
    }
}
