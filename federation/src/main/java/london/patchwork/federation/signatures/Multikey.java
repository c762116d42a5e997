package london.patchwork.federation.signatures;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * FEP-521a {@code Multikey} {@code publicKeyMultibase} values: multibase base58btc ({@code z})
 * of a multicodec-prefixed public key. Ed25519 ({@code 0xed01} + 32 bytes, the form FEP-521a
 * requires) is the case that matters; RSA ({@code 0x1205} + PKCS#1 DER) and P-256
 * ({@code 0x1200} + compressed point) are read and written as well.
 */
public final class Multikey {

    private static final byte[] ED25519 = {(byte) 0xed, 0x01};
    private static final byte[] RSA = {(byte) 0x85, 0x24};
    private static final byte[] P256 = {(byte) 0x80, 0x24};
    private static final int MAX_LENGTH = 2048;

    private Multikey() {
    }

    /**
     * @param key an Ed25519, RSA or P-256 public key
     * @return the {@code publicKeyMultibase} value, e.g. {@code z6Mk...} for Ed25519
     */
    public static String encode(PublicKey key) {
        Checks.notNull(key, "key");
        KeyKind kind = KeyKind.of(key).orElseThrow(
                () -> new HttpSignatureException("unsupported key type " + key.getAlgorithm()));
        byte[] payload = switch (kind) {
            case ED25519 -> concat(ED25519, Ed25519Keys.rawPublic(key));
            case RSA -> concat(RSA, SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getOctets());
            case EC_P256 -> concat(P256, compress(((ECPublicKey) key).getW()));
            case SECRET -> throw new HttpSignatureException("a secret key is not a public key");
        };
        return "z" + Base58.encode(payload);
    }

    /**
     * @param multibase a {@code publicKeyMultibase} value
     * @return the public key
     * @throws KeyFormatException if the value is not a supported multikey
     */
    public static PublicKey decode(String multibase) {
        if (multibase == null || multibase.length() < 2 || multibase.length() > MAX_LENGTH || multibase.charAt(0) != 'z') {
            throw new KeyFormatException("a multikey is base58btc multibase text starting with 'z'");
        }
        byte[] bytes = Base58.decode(multibase.substring(1));
        try {
            if (Base58.startsWith(bytes, ED25519)) {
                return Ed25519Keys.publicFromRaw(rest(bytes));
            }
            if (Base58.startsWith(bytes, RSA)) {
                AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
                byte[] spki = new SubjectPublicKeyInfo(rsa, rest(bytes)).getEncoded();
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
            }
            if (Base58.startsWith(bytes, P256)) {
                return decompress(rest(bytes));
            }
        } catch (java.io.IOException | GeneralSecurityException | RuntimeException e) {
            throw e instanceof KeyFormatException known ? known : new KeyFormatException("invalid multikey", e);
        }
        throw new KeyFormatException("unsupported multicodec prefix in multikey");
    }

    private static byte[] compress(ECPoint point) {
        byte[] x = unsigned(point.getAffineX());
        byte[] out = new byte[33];
        out[0] = (byte) (point.getAffineY().testBit(0) ? 0x03 : 0x02);
        System.arraycopy(x, 0, out, 33 - x.length, x.length);
        return out;
    }

    private static PublicKey decompress(byte[] compressed) throws GeneralSecurityException {
        if (compressed.length != 33) {
            throw new KeyFormatException("a compressed P-256 point has 33 bytes");
        }
        org.bouncycastle.math.ec.ECPoint point = ECNamedCurveTable.getByName("P-256").getCurve()
                .decodePoint(compressed).normalize();
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint w = new ECPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] rest(byte[] bytes) {
        return Arrays.copyOfRange(bytes, 2, bytes.length);
    }

    private static byte[] concat(byte[] prefix, byte[] payload) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + payload.length);
        System.arraycopy(payload, 0, out, prefix.length, payload.length);
        return out;
    }
}
