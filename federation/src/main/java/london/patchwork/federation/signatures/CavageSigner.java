package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signs requests the way Mastodon does (draft-cavage-12): {@code (request-target) host date} on a
 * GET, plus {@code digest} and, when the request has one, {@code content-type} on a POST. Returns
 * {@code Date}, {@code Digest} (when there is a body or the method is POST) and {@code Signature};
 * the HTTP client sets {@code Host} itself from the target URL, and the caller must not set any of
 * the returned headers on its own. Immutable and thread-safe.
 */
public final class CavageSigner implements RequestSigner {

    private final String keyId;
    private final PrivateKey key;
    private final String algorithmName;
    private final SignatureAlgorithm algorithm;

    private CavageSigner(String keyId, PrivateKey key, String algorithmName, SignatureAlgorithm algorithm) {
        this.keyId = OutgoingTarget.checkKeyId(keyId);
        this.key = key;
        this.algorithmName = algorithmName;
        this.algorithm = algorithm;
    }

    /**
     * {@code algorithm="rsa-sha256"}: what Mastodon sends and every peer accepts.
     *
     * @param keyId the URI of the actor's key, e.g. {@code https://hub.example/actor#main-key}
     * @param key   the actor's RSA private key
     * @return a signer
     * @throws HttpSignatureException if the key is not RSA
     */
    public static CavageSigner rsaSha256(String keyId, PrivateKey key) {
        requireKind(key, KeyKind.RSA, "rsa-sha256");
        return new CavageSigner(keyId, key, "rsa-sha256", SignatureAlgorithm.RSA_V1_5_SHA256);
    }

    /**
     * {@code algorithm="hs2019"}, the algorithm left to the key: PKCS#1 v1.5 SHA-256 for RSA (as
     * Mastodon verifies it), Ed25519 for an Ed25519 key.
     *
     * @param keyId the URI of the actor's key
     * @param key   an RSA or Ed25519 private key
     * @return a signer
     * @throws HttpSignatureException for other key types
     */
    public static CavageSigner hs2019(String keyId, PrivateKey key) {
        Checks.notNull(key, "key");
        KeyKind kind = KeyKind.of(key).orElse(KeyKind.SECRET);
        SignatureAlgorithm algorithm = switch (kind) {
            case RSA -> SignatureAlgorithm.RSA_V1_5_SHA256;
            case ED25519 -> SignatureAlgorithm.ED25519;
            default -> throw new HttpSignatureException("hs2019 signing needs an RSA or Ed25519 key");
        };
        return new CavageSigner(keyId, key, "hs2019", algorithm);
    }

    @Override
    public Map<String, String> sign(OutgoingRequest request, Instant now) {
        OutgoingTarget target = OutgoingTarget.of(request, now);
        Map<String, String> added = OutgoingTarget.dated(now);
        String date = added.get("Date");
        List<String> covered = new ArrayList<>(List.of(CavageSigningString.REQUEST_TARGET, "host", "date"));
        HeaderMap.Builder signed = HeaderMap.builder().add("host", target.host()).add("date", date);
        if (OutgoingTarget.needsDigest(request)) {
            String digest = Digests.digestHeader(request.body());
            added.put("Digest", digest);
            covered.add("digest");
            signed.add("digest", digest);
            OutgoingTarget.header(request, "content-type").ifPresent(type -> {
                covered.add("content-type");
                signed.add("content-type", type);
            });
        }
        String signingString = CavageSigningString.build(request.method().toUpperCase(Locale.ROOT), target.target(),
                signed.build(), covered, null, null, true);
        byte[] signature = CryptoEngine.sign(algorithm, key, signingString.getBytes(StandardCharsets.UTF_8));
        added.put("Signature", "keyId=\"" + keyId + "\",algorithm=\"" + algorithmName + "\",headers=\""
                + String.join(" ", covered) + "\",signature=\"" + Base64.getEncoder().encodeToString(signature) + "\"");
        return Collections.unmodifiableMap(added);
    }

    static void requireKind(java.security.Key key, KeyKind kind, String algorithm) {
        Checks.notNull(key, "key");
        if (KeyKind.of(key).orElse(null) != kind) {
            throw new HttpSignatureException(algorithm + " cannot sign with a " + key.getAlgorithm() + " key");
        }
    }
}
