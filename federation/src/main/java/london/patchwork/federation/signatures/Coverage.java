package london.patchwork.federation.signatures;

import java.util.List;
import java.util.Locale;

/**
 * The ActivityPub coverage profile: what a signature must cover to be accepted. It follows
 * Mastodon's {@code verify_signature_strength!} and adds host coverage on every request.
 */
final class Coverage {

    private Coverage() {
    }

    /** A POST, or anything with a body, must prove its body through a signed digest. */
    static boolean needsDigest(IncomingRequest request) {
        return request.body().length > 0 || request.method().toUpperCase(Locale.ROOT).equals("POST");
    }

    static void checkCavage(List<String> covered, IncomingRequest request) {
        require(covered.contains("date") || covered.contains("(created)"),
                "the Date header or (created) pseudo-header");
        require(covered.contains(CavageSigningString.REQUEST_TARGET) || covered.contains("digest"),
                "the (request-target) pseudo-header or the Digest header");
        require(covered.contains("host"), "the Host header");
        if (needsDigest(request)) {
            require(covered.contains("digest"), "the Digest header (for a POST or a request with a body)");
        }
    }

    static void checkMessage(MessageSignature signature, IncomingRequest request) {
        List<String> covered = signature.coveredComponents();
        require(signature.created().isPresent() || covered.contains("date"),
                "a creation time (the created parameter or the date field)");
        require(covered.contains("@method"), "the @method component");
        require(covered.contains("@target-uri") || covered.contains("@request-target")
                        || (covered.contains("@path") && covered.contains("@query")),
                "the request target (@target-uri, @request-target, or @path with @query)");
        require(covered.contains("@target-uri") || covered.contains("@authority") || covered.contains("host"),
                "the host (@target-uri, @authority or host)");
        if (needsDigest(request)) {
            require(covered.contains("content-digest"),
                    "the Content-Digest header (for a POST or a request with a body)");
        }
    }

    private static void require(boolean covered, String what) {
        if (!covered) {
            throw new Rejection(FailureReason.MISSING_REQUIRED_COMPONENT, "the signature must cover " + what);
        }
    }
}
