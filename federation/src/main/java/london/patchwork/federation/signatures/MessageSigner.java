package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * Signs requests with RFC 9421 HTTP Message Signatures, covering {@code @method @target-uri} and,
 * on a POST or any request with a body, {@code content-digest} and {@code content-type} (when the
 * request has one), like Fedify. Parameters: {@code created}, {@code keyid}, {@code alg}; label
 * {@code sig1}. Returns {@code Date}, {@code Content-Digest} (with a body), {@code Signature-Input}
 * and {@code Signature}. Immutable and thread-safe.
 */
public final class MessageSigner implements RequestSigner {

    private static final String LABEL = "sig1";

    private final String keyId;
    private final Key key;
    private final SignatureAlgorithm algorithm;

    /**
     * A signer whose algorithm follows from the key: {@code rsa-v1_5-sha256} for RSA (what
     * Mastodon verifies), {@code ecdsa-p256-sha256} for P-256, {@code ed25519} for Ed25519.
     *
     * @param keyId the URI of the actor's key
     * @param key   the private key
     */
    public MessageSigner(String keyId, PrivateKey key) {
        this(keyId, key, SignatureAlgorithm.defaultFor(KeyKind.of(Checks.notNull(key, "key")).orElseThrow(
                () -> new HttpSignatureException("unsupported key type " + key.getAlgorithm()))));
    }

    /**
     * @param keyId     the URI of the actor's key
     * @param key       the private key
     * @param algorithm the algorithm, which must suit the key (for example RSA-PSS with an RSA key)
     */
    public MessageSigner(String keyId, PrivateKey key, SignatureAlgorithm algorithm) {
        this(keyId, (Key) key, algorithm);
    }

    private MessageSigner(String keyId, Key key, SignatureAlgorithm algorithm) {
        this.keyId = OutgoingTarget.checkKeyId(keyId);
        this.algorithm = Checks.notNull(algorithm, "algorithm");
        CavageSigner.requireKind(key, algorithm.keyKind(), algorithm.rfc9421Name());
        this.key = key;
    }

    /**
     * @param keyId  the shared secret's name
     * @param secret the shared secret
     * @return a signer for {@code hmac-sha256}
     */
    public static MessageSigner hmac(String keyId, SecretKey secret) {
        return new MessageSigner(keyId, secret, SignatureAlgorithm.HMAC_SHA256);
    }

    @Override
    public Map<String, String> sign(OutgoingRequest request, Instant now) {
        OutgoingTarget target = OutgoingTarget.of(request, now);
        Map<String, String> added = OutgoingTarget.dated(now);
        List<ComponentId> components = new ArrayList<>(
                List.of(ComponentId.named("@method"), ComponentId.named("@target-uri")));
        HeaderMap.Builder signed = HeaderMap.builder().add("host", target.host());
        if (OutgoingTarget.needsDigest(request)) {
            String digest = Digests.contentDigestHeader(request.body());
            added.put("Content-Digest", digest);
            components.add(ComponentId.named("content-digest"));
            signed.add("content-digest", digest);
            OutgoingTarget.header(request, "content-type").ifPresent(type -> {
                components.add(ComponentId.named("content-type"));
                signed.add("content-type", type);
            });
        }
        Map<String, Sf.BareItem> params = new LinkedHashMap<>();
        params.put("created", new Sf.Int(now.getEpochSecond()));
        params.put("keyid", new Sf.Str(keyId));
        params.put("alg", new Sf.Str(algorithm.rfc9421Name()));
        String signatureParams = SfSerializer.member(new Sf.InnerList(
                components.stream().map(ComponentId::toItem).toList(), params));
        MessageParts parts = new MessageParts(request.method(), target.target(), target.scheme(), -1, signed.build());
        String base = SignatureBase.build(parts, components, signatureParams);
        byte[] signature = CryptoEngine.sign(algorithm, key, base.getBytes(StandardCharsets.UTF_8));
        added.put("Signature-Input", LABEL + "=" + signatureParams);
        added.put("Signature", SfSerializer.dictionary(Map.of(LABEL, Sf.Item.of(new Sf.Bytes(signature)))));
        return Collections.unmodifiableMap(added);
    }
}
