package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Loads the RFC 9421 appendix B.1 test keys from the shared fixtures, checking PEM against JWK on the way. */
final class FixtureKeys {

    private final Path keys;

    FixtureKeys(Path rfc9421) {
        this.keys = rfc9421.resolve("keys");
    }

    PublicKey publicKey(String keyId) {
        return PemKeys.parsePublicKey(SharedFixtures.read(keys.resolve(keyId + ".public.pem")));
    }

    PrivateKey privateKey(String keyId) {
        return PemKeys.parsePrivateKey(SharedFixtures.read(keys.resolve(keyId + ".private.pem")));
    }

    SecretKey sharedSecret() {
        byte[] secret = Base64.getDecoder().decode(SharedFixtures.read(keys.resolve("test-shared-secret.b64.txt")).strip());
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The key a verifier uses for a vector; the PSS key is pinned because its signatures carry no alg. */
    VerificationKey verificationKey(String keyId) {
        return switch (keyId) {
            case "test-shared-secret" -> VerificationKey.ofSecret(sharedSecret());
            case "test-key-rsa-pss" -> VerificationKey.of(publicKey(keyId), SignatureAlgorithm.RSA_PSS_SHA512);
            default -> VerificationKey.of(publicKey(keyId));
        };
    }

    Key signingKey(String keyId) {
        return keyId.equals("test-shared-secret") ? sharedSecret() : privateKey(keyId);
    }

    /** Asserts that the PEM and JWK copies of a key pair decode to the same key material; returns 1. */
    int checkPemMatchesJwk(String keyId) {
        String jwk = SharedFixtures.read(keys.resolve(keyId + ".jwk.json"));
        assertThat(JwkKeys.parsePublicKey(jwk).getEncoded()).as(keyId + " public").isEqualTo(publicKey(keyId).getEncoded());
        assertThat(secret(JwkKeys.parsePrivateKey(jwk))).as(keyId + " private").isEqualTo(secret(privateKey(keyId)));
        return 1;
    }

    private static Object secret(PrivateKey key) {
        return switch (key) {
            case RSAPrivateKey rsa -> rsa.getPrivateExponent();
            case ECPrivateKey ec -> ec.getS();
            default -> Base64.getEncoder().encodeToString(Ed25519Keys.rawPrivate(key));
        };
    }
}
