package london.patchwork.federation.signatures;

import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Moves Ed25519 keys between JCA objects and their raw 32-byte forms. BouncyCastle's lightweight
 * signer works on raw bytes, multibase carries raw bytes, and JWK carries raw bytes, while the rest
 * of the package hands around ordinary {@link PublicKey}/{@link PrivateKey} objects.
 */
final class Ed25519Keys {

    static final int RAW_LENGTH = 32;
    /** id-Ed25519 (RFC 8410); bcprov keeps its own constant in an internal package. */
    static final ASN1ObjectIdentifier OID = new ASN1ObjectIdentifier("1.3.101.112");
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(OID);

    private Ed25519Keys() {
    }

    static boolean isEd25519(Key key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            return false;
        }
        try {
            ASN1ObjectIdentifier oid = key instanceof PrivateKey
                    ? PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm().getAlgorithm()
                    : SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm().getAlgorithm();
            return OID.equals(oid);
        } catch (RuntimeException notDer) {
            return false;
        }
    }

    static byte[] rawPublic(PublicKey key) {
        byte[] raw = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getOctets();
        return requireLength(raw, "public");
    }

    static byte[] rawPrivate(PrivateKey key) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
            byte[] raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            return requireLength(raw, "private");
        } catch (java.io.IOException e) {
            throw new KeyFormatException("Ed25519 private key encoding is unreadable", e);
        }
    }

    static PublicKey publicFromRaw(byte[] raw) {
        requireLength(raw, "public");
        try {
            byte[] spki = new SubjectPublicKeyInfo(ED25519, raw).getEncoded();
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new KeyFormatException("not a valid Ed25519 public key", e);
        }
    }

    static PrivateKey privateFromRaw(byte[] raw) {
        requireLength(raw, "private");
        try {
            byte[] pkcs8 = new PrivateKeyInfo(ED25519, new org.bouncycastle.asn1.DEROctetString(raw)).getEncoded();
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new KeyFormatException("not a valid Ed25519 private key", e);
        }
    }

    private static byte[] requireLength(byte[] raw, String which) {
        if (raw == null || raw.length != RAW_LENGTH) {
            throw new KeyFormatException("an Ed25519 " + which + " key has " + RAW_LENGTH + " bytes, got "
                    + (raw == null ? 0 : raw.length));
        }
        return Arrays.copyOf(raw, RAW_LENGTH);
    }
}
