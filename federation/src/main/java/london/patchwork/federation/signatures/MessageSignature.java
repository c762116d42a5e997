package london.patchwork.federation.signatures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 9421 signature as parsed from one labelled member of {@code Signature-Input} and the
 * matching member of {@code Signature}.
 */
public final class MessageSignature extends SignatureClaim {

    private final String label;
    private final List<ComponentId> components;
    private final String signatureParams;
    private final Long created;
    private final Long expires;
    private final String nonce;
    private final String tag;

    MessageSignature(String label, List<ComponentId> components, String signatureParams, String keyId,
                     String algorithm, Long created, Long expires, String nonce, String tag, byte[] signature) {
        super(keyId, algorithm, signature);
        this.label = label;
        this.components = List.copyOf(components);
        this.signatureParams = signatureParams;
        this.created = created;
        this.expires = expires;
        this.nonce = nonce;
        this.tag = tag;
    }

    @Override
    public SignatureScheme scheme() {
        return SignatureScheme.RFC_9421;
    }

    /** @return the label shared by the {@code Signature-Input} and {@code Signature} members */
    public String label() {
        return label;
    }

    /** @return the covered component names in order, for example {@code @method}, {@code content-digest} */
    public List<String> coveredComponents() {
        return components.stream().map(ComponentId::name).toList();
    }

    /** @return the canonical serialisation of the inner list: the value of {@code @signature-params} */
    public String signatureParams() {
        return signatureParams;
    }

    /** @return the {@code created} parameter */
    public Optional<Instant> created() {
        return Optional.ofNullable(created).map(Instant::ofEpochSecond);
    }

    /** @return the {@code expires} parameter */
    public Optional<Instant> expires() {
        return Optional.ofNullable(expires).map(Instant::ofEpochSecond);
    }

    /** @return the {@code nonce} parameter; this library does not track nonces, a caller may */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** @return the {@code tag} parameter, naming the application profile */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    List<ComponentId> components() {
        return components;
    }

    @Override
    public String toString() {
        return "MessageSignature[" + label + "=" + signatureParams + "]";
    }
}
