package london.patchwork.federation.signatures;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Generates the key pairs an instance needs for its actors. */
public final class KeyPairs {

    private KeyPairs() {
    }

    /** @return a new RSA-2048 key pair, the key every fediverse server can verify */
    public static KeyPair rsa2048() {
        return generate("RSA", 2048);
    }

    /** @return a new Ed25519 key pair, for FEP-521a {@code Multikey} and RFC 9421 {@code ed25519} */
    public static KeyPair ed25519() {
        return generate("Ed25519", 0);
    }

    /** @return a new P-256 key pair, for {@code ecdsa-p256-sha256} */
    public static KeyPair p256() {
        return generate("EC", 256);
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new HttpSignatureException("the JDK cannot generate " + algorithm + " keys", e);
        }
    }
}
