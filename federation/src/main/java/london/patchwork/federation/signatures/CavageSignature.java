package london.patchwork.federation.signatures;

import java.util.List;
import java.util.Optional;

/**
 * A draft-cavage-12 signature as parsed from a {@code Signature} (or {@code Authorization:
 * Signature}) header. Parameter values are kept exactly as sent because {@code (created)} and
 * {@code (expires)} enter the signing string verbatim.
 */
public final class CavageSignature extends SignatureClaim {

    private final List<String> coveredHeaders;
    private final String created;
    private final String expires;

    CavageSignature(String keyId, String algorithm, List<String> coveredHeaders, String created, String expires,
                    byte[] signature) {
        super(keyId, algorithm, signature);
        this.coveredHeaders = List.copyOf(coveredHeaders);
        this.created = created;
        this.expires = expires;
    }

    @Override
    public SignatureScheme scheme() {
        return SignatureScheme.DRAFT_CAVAGE_12;
    }

    /**
     * The algorithm to apply: the declared one, or {@code hs2019} when none is declared, as
     * draft-cavage-12 and Mastodon do.
     *
     * @return the lower-cased algorithm name
     */
    public String effectiveAlgorithm() {
        return declaredAlgorithm().orElse("hs2019");
    }

    /**
     * @return the lower-cased names in the {@code headers} parameter, in signing order; the default
     *         when absent is {@code (created)} for hs2019 signatures that carry a {@code created}
     *         parameter, {@code date} otherwise
     */
    public List<String> coveredHeaders() {
        return coveredHeaders;
    }

    /** @return the {@code created} parameter as sent (Unix seconds), if present */
    public Optional<String> created() {
        return Optional.ofNullable(created);
    }

    /** @return the {@code expires} parameter as sent (Unix seconds, possibly fractional), if present */
    public Optional<String> expires() {
        return Optional.ofNullable(expires);
    }

    @Override
    public String toString() {
        return "CavageSignature[keyId=" + keyId() + ", algorithm=" + effectiveAlgorithm() + ", headers=" + coveredHeaders + "]";
    }
}
