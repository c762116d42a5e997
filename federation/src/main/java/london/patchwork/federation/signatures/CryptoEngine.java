package london.patchwork.federation.signatures;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The raw sign and verify operations behind {@link SignatureAlgorithm}. RSA, ECDSA and HMAC use the
 * JDK providers. Ed25519 uses BouncyCastle's lightweight signer: measured here on JDK 25, the JDK
 * provider verifies about 1,300 signatures/s per core against about 12,000/s for BouncyCastle, and
 * an inbox verifies a signature on every POST.
 */
final class CryptoEngine {

    private static final PSSParameterSpec PSS_SHA512 =
            new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, PSSParameterSpec.TRAILER_FIELD_BC);

    private CryptoEngine() {
    }

    /**
     * Signs; the key must already be known to suit the algorithm.
     *
     * @throws HttpSignatureException when the key does not suit the algorithm
     */
    static byte[] sign(SignatureAlgorithm algorithm, Key key, byte[] data) {
        try {
            return switch (algorithm) {
                case RSA_V1_5_SHA256 -> jcaSign("SHA256withRSA", (PrivateKey) key, data);
                case RSA_PSS_SHA512 -> jcaSign("RSASSA-PSS", (PrivateKey) key, data);
                case ECDSA_P256_SHA256 -> jcaSign("SHA256withECDSAinP1363Format", (PrivateKey) key, data);
                case ED25519 -> ed25519Sign((PrivateKey) key, data);
                case HMAC_SHA256 -> hmac((SecretKey) key, data);
            };
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new HttpSignatureException("cannot sign with " + algorithm.rfc9421Name() + " using a "
                    + key.getAlgorithm() + " key", e);
        }
    }

    /**
     * @return whether the signature is valid; false also for a signature of the wrong size or a key
     *         the provider refuses, since both come from the peer
     */
    static boolean verify(SignatureAlgorithm algorithm, Key key, byte[] data, byte[] signature) {
        try {
            return switch (algorithm) {
                case RSA_V1_5_SHA256 -> jcaVerify("SHA256withRSA", (PublicKey) key, data, signature);
                case RSA_PSS_SHA512 -> jcaVerify("RSASSA-PSS", (PublicKey) key, data, signature);
                case ECDSA_P256_SHA256 -> jcaVerify("SHA256withECDSAinP1363Format", (PublicKey) key, data, signature);
                case ED25519 -> ed25519Verify((PublicKey) key, data, signature);
                case HMAC_SHA256 -> MessageDigest.isEqual(hmac((SecretKey) key, data), signature);
            };
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] jcaSign(String name, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(name);
        if (name.equals("RSASSA-PSS")) {
            signer.setParameter(PSS_SHA512);
        }
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    private static boolean jcaVerify(String name, PublicKey key, byte[] data, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(name);
        if (name.equals("RSASSA-PSS")) {
            verifier.setParameter(PSS_SHA512);
        }
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }

    private static byte[] ed25519Sign(PrivateKey key, byte[] data) throws InvalidKeyException {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(rawOrFail(key), 0));
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    private static boolean ed25519Verify(PublicKey key, byte[] data, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(Ed25519Keys.rawPublic(key), 0));
        verifier.update(data, 0, data.length);
        return verifier.verifySignature(signature);
    }

    private static byte[] rawOrFail(PrivateKey key) throws InvalidKeyException {
        try {
            return Ed25519Keys.rawPrivate(key);
        } catch (RuntimeException e) {
            throw new InvalidKeyException("not an Ed25519 private key", e);
        }
    }

    private static byte[] hmac(SecretKey key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(data);
    }
}
