package london.patchwork.server.interop;

import london.patchwork.federation.delivery.DeliveryRequest;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.fetch.PostResult;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.MessageSigner;
import london.patchwork.federation.signatures.RequestSigner;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * Deliveries to the Fedify peer through the federation library's own path ({@link DeliveryRequest} signed at
 * send time, posted by {@link FetchClient}), as the hub delivers, but with a signer of the test's choosing.
 */
final class SignedPosts {

    private static final FetchClient CLIENT =
            FetchClient.builder(FetchPolicy.development("Patchwork-interop-test/1.0")).build();

    private SignedPosts() {
    }

    /** A signer for the scheme: draft-cavage {@code rsa-sha256} as Mastodon signs, or RFC 9421. */
    static RequestSigner signer(HttpSignatureScheme scheme, URI keyId, PrivateKey key) {
        return switch (scheme) {
            case DRAFT_CAVAGE -> CavageSigner.rsaSha256(keyId.toString(), key);
            case RFC_9421 -> new MessageSigner(keyId.toString(), key);
            case NONE -> throw new IllegalArgumentException("no signer for unsigned requests");
        };
    }

    static PostResult post(URI inbox, String activity, RequestSigner signer) {
        try {
            return DeliveryRequest.to(inbox, activity.getBytes(StandardCharsets.UTF_8), "Patchwork-interop-test/1.0")
                    .send(CLIENT, signer);
        } catch (FetchException e) {
            throw new IllegalStateException("no answer from " + inbox, e);
        }
    }
}
