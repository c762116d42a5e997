package london.patchwork.federation.signatures;

import java.util.Optional;

/**
 * Signature algorithms, named as in the RFC 9421 registry. Draft-cavage's {@code rsa-sha256} and
 * {@code hs2019} (with an RSA key) both map to {@link #RSA_V1_5_SHA256}.
 */
public enum SignatureAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256: Mastodon's algorithm, the fediverse default. */
    RSA_V1_5_SHA256("rsa-v1_5-sha256", KeyKind.RSA),
    /** RSASSA-PSS with SHA-512, MGF1 with SHA-512 and a 64-byte salt (RFC 9421 §3.3.1). */
    RSA_PSS_SHA512("rsa-pss-sha512", KeyKind.RSA),
    /** ECDSA on P-256 with SHA-256; the signature is the raw 64-byte r||s, not DER (RFC 9421 §3.3.4). */
    ECDSA_P256_SHA256("ecdsa-p256-sha256", KeyKind.EC_P256),
    /** EdDSA with Ed25519 (RFC 8032), the key type of FEP-521a {@code Multikey}. */
    ED25519("ed25519", KeyKind.ED25519),
    /** HMAC with SHA-256 over a shared secret; verifiable here, not used between fediverse servers. */
    HMAC_SHA256("hmac-sha256", KeyKind.SECRET);

    private final String rfc9421Name;
    private final KeyKind keyKind;

    SignatureAlgorithm(String rfc9421Name, KeyKind keyKind) {
        this.rfc9421Name = rfc9421Name;
        this.keyKind = keyKind;
    }

    /** @return the name used in an RFC 9421 {@code alg} parameter */
    public String rfc9421Name() {
        return rfc9421Name;
    }

    /**
     * @param name an {@code alg} parameter value
     * @return the algorithm, or empty when the name is not in the registry subset supported here
     */
    public static Optional<SignatureAlgorithm> fromRfc9421Name(String name) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.rfc9421Name.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    KeyKind keyKind() {
        return keyKind;
    }

    /**
     * The algorithm assumed when a signature does not name one: the key decides (RFC 9421 §3.3.7).
     * An RSA key means PKCS#1 v1.5 as Mastodon and Fedify use it; PSS must be asked for by name.
     */
    static SignatureAlgorithm defaultFor(KeyKind kind) {
        return switch (kind) {
            case RSA -> RSA_V1_5_SHA256;
            case EC_P256 -> ECDSA_P256_SHA256;
            case ED25519 -> ED25519;
            case SECRET -> HMAC_SHA256;
        };
    }
}
