package london.patchwork.federation.signatures;

import java.time.Instant;
import java.util.Map;

/**
 * Signs an outgoing HTTP request. The fetch and delivery code call this at send time, so every
 * attempt carries a fresh {@code Date}; implementations live in this package (draft-cavage-12 and
 * RFC 9421).
 */
public interface RequestSigner {

    /**
     * Returns the headers to add to the request so that it is signed: for example {@code Date},
     * {@code Digest} or {@code Content-Digest}, and {@code Signature} (plus {@code Signature-Input}
     * for RFC 9421). Header names are returned as they should be sent.
     *
     * @param request what will be sent
     * @param now     the signing time
     * @return the headers to add, in the order they should be sent
     */
    Map<String, String> sign(OutgoingRequest request, Instant now);
}
