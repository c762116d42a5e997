package london.patchwork.federation.signatures;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * PEM key codec. Reads {@code PUBLIC KEY} (SPKI: RSA, RSA-PSS, EC, Ed25519), {@code RSA PUBLIC KEY}
 * (PKCS#1, which some peers put in {@code publicKeyPem}), {@code PRIVATE KEY} (PKCS#8),
 * {@code RSA PRIVATE KEY} (PKCS#1) and {@code EC PRIVATE KEY} (SEC 1). Writes SPKI and PKCS#8, the
 * forms ActivityPub actors publish and every library reads. RSA-PSS keys are read as plain RSA
 * keys: the algorithm is chosen by the signature, not stored in the key object.
 */
public final class PemKeys {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final AlgorithmIdentifier RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    private static final int MAX_PEM_LENGTH = 16 * 1024;

    private PemKeys() {
    }

    /**
     * @param pem one PEM block
     * @return the public key
     * @throws KeyFormatException if the text is not a supported public key
     */
    public static PublicKey parsePublicKey(String pem) {
        Block block = block(pem);
        try {
            return switch (block.type()) {
                case "PUBLIC KEY" -> publicFromSpki(SubjectPublicKeyInfo.getInstance(block.der()));
                case "RSA PUBLIC KEY" -> publicFromSpki(new SubjectPublicKeyInfo(RSA, ASN1Primitive.fromByteArray(block.der())));
                default -> throw new KeyFormatException("expected a public key, found " + block.type());
            };
        } catch (IOException | RuntimeException e) {
            throw rethrow("public", e);
        }
    }

    /**
     * @param pem one PEM block
     * @return the private key
     * @throws KeyFormatException if the text is not a supported private key
     */
    public static PrivateKey parsePrivateKey(String pem) {
        Block block = block(pem);
        try {
            return switch (block.type()) {
                case "PRIVATE KEY" -> privateFromInfo(PrivateKeyInfo.getInstance(block.der()));
                case "RSA PRIVATE KEY" -> privateFromInfo(new PrivateKeyInfo(RSA, ASN1Primitive.fromByteArray(block.der())));
                case "EC PRIVATE KEY" -> privateFromSec1(block.der());
                default -> throw new KeyFormatException("expected a private key, found " + block.type());
            };
        } catch (IOException | RuntimeException e) {
            throw rethrow("private", e);
        }
    }

    /**
     * @param key any public key
     * @return its SPKI {@code PUBLIC KEY} PEM, with 64-character lines and a final newline
     */
    public static String encode(PublicKey key) {
        return pem("PUBLIC KEY", Checks.notNull(key, "key").getEncoded());
    }

    /**
     * @param key any private key
     * @return its PKCS#8 {@code PRIVATE KEY} PEM
     */
    public static String encode(PrivateKey key) {
        return pem("PRIVATE KEY", Checks.notNull(key, "key").getEncoded());
    }

    private static PublicKey publicFromSpki(SubjectPublicKeyInfo info) throws IOException {
        ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            info = new SubjectPublicKeyInfo(RSA, info.getPublicKeyData().getOctets());
        }
        return generate(jcaName(info.getAlgorithm().getAlgorithm()), new X509EncodedKeySpec(info.getEncoded()), true);
    }

    private static PrivateKey privateFromInfo(PrivateKeyInfo info) throws IOException {
        ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            info = new PrivateKeyInfo(RSA, info.parsePrivateKey());
        }
        return generate(jcaName(info.getPrivateKeyAlgorithm().getAlgorithm()), new PKCS8EncodedKeySpec(info.getEncoded()), false);
    }

    private static PrivateKey privateFromSec1(byte[] der) throws IOException {
        ECPrivateKey sec1 = ECPrivateKey.getInstance(der);
        if (sec1.getParametersObject() == null) {
            throw new KeyFormatException("EC private key does not name its curve");
        }
        AlgorithmIdentifier ec = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, sec1.getParametersObject());
        return privateFromInfo(new PrivateKeyInfo(ec, sec1));
    }

    @SuppressWarnings("unchecked")
    private static <K> K generate(String algorithm, java.security.spec.KeySpec spec, boolean isPublic) {
        try {
            KeyFactory factory = KeyFactory.getInstance(algorithm);
            return (K) (isPublic ? factory.generatePublic(spec) : factory.generatePrivate(spec));
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("invalid " + algorithm + " key", e);
        }
    }

    private static String jcaName(ASN1ObjectIdentifier oid) {
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return "RSA";
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return "EC";
        }
        if (oid.equals(Ed25519Keys.OID)) {
            return "Ed25519";
        }
        throw new KeyFormatException("unsupported key algorithm " + oid.getId());
    }

    private record Block(String type, byte[] der) {
    }

    private static Block block(String pem) {
        if (pem == null || pem.length() > MAX_PEM_LENGTH) {
            throw new KeyFormatException(pem == null ? "no PEM text" : "PEM text too long");
        }
        Matcher matcher = BLOCK.matcher(pem);
        if (!matcher.find()) {
            throw new KeyFormatException("no PEM block found");
        }
        try {
            return new Block(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("PEM body is not base64", e);
        }
    }

    private static KeyFormatException rethrow(String which, Exception e) {
        return e instanceof KeyFormatException known ? known
                : new KeyFormatException("not a valid " + which + " key: " + e.getMessage(), e);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
