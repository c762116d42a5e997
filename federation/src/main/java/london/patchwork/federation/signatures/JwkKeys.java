package london.patchwork.federation.signatures;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import javax.crypto.SecretKey;

/**
 * JSON Web Key codec through Nimbus JOSE: RSA, EC P-256, OKP Ed25519 and oct (HMAC) keys.
 * Ed25519 is converted by hand through its raw bytes, since Nimbus hands OKP keys to Tink rather
 * than to JCA objects.
 */
public final class JwkKeys {

    private static final int MAX_JWK_LENGTH = 16 * 1024;

    private JwkKeys() {
    }

    /**
     * @param json a JWK object (public or private; the public half is taken)
     * @return the public key
     * @throws KeyFormatException if the JWK is invalid or of an unsupported type
     */
    public static PublicKey parsePublicKey(String json) {
        JWK jwk = parse(json);
        try {
            return switch (jwk) {
                case RSAKey rsa -> rsa.toRSAPublicKey();
                case ECKey ec -> p256(ec).toECPublicKey();
                case OctetKeyPair okp -> Ed25519Keys.publicFromRaw(ed25519(okp).getDecodedX());
                default -> throw new KeyFormatException("a " + jwk.getKeyType() + " JWK has no public key");
            };
        } catch (JOSEException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    /**
     * @param json a private JWK object
     * @return the private key
     * @throws KeyFormatException if the JWK holds no private key or is invalid
     */
    public static PrivateKey parsePrivateKey(String json) {
        JWK jwk = parse(json);
        if (!jwk.isPrivate()) {
            throw new KeyFormatException("the JWK holds no private key");
        }
        try {
            return switch (jwk) {
                case RSAKey rsa -> rsa.toRSAPrivateKey();
                case ECKey ec -> p256(ec).toECPrivateKey();
                case OctetKeyPair okp -> Ed25519Keys.privateFromRaw(ed25519(okp).getDecodedD());
                default -> throw new KeyFormatException("a " + jwk.getKeyType() + " JWK is not an asymmetric key");
            };
        } catch (JOSEException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    /**
     * @param json an {@code oct} JWK
     * @return the shared secret for {@code hmac-sha256}
     */
    public static SecretKey parseSecretKey(String json) {
        if (!(parse(json) instanceof OctetSequenceKey oct)) {
            throw new KeyFormatException("expected an oct JWK");
        }
        return oct.toSecretKey("HmacSHA256");
    }

    /**
     * @param key   an RSA, P-256 or Ed25519 public key
     * @param keyId the {@code kid} to record, or {@code null}
     * @return the public JWK as compact JSON
     */
    public static String toJwk(PublicKey key, String keyId) {
        Checks.notNull(key, "key");
        KeyKind kind = KeyKind.of(key).orElseThrow(
                () -> new HttpSignatureException("unsupported key type " + key.getAlgorithm()));
        JWK jwk = switch (kind) {
            case RSA -> new RSAKey.Builder((RSAPublicKey) key).keyID(keyId).build();
            case EC_P256 -> new ECKey.Builder(Curve.P_256, (ECPublicKey) key).keyID(keyId).build();
            case ED25519 -> new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Ed25519Keys.rawPublic(key)))
                    .keyID(keyId).build();
            case SECRET -> throw new HttpSignatureException("a secret key is not a public key");
        };
        return jwk.toJSONString();
    }

    private static JWK parse(String json) {
        if (json == null || json.length() > MAX_JWK_LENGTH) {
            throw new KeyFormatException(json == null ? "no JWK text" : "JWK text too long");
        }
        try {
            return JWK.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw new KeyFormatException("not a valid JWK: " + e.getMessage(), e);
        }
    }

    private static ECKey p256(ECKey ec) {
        if (!Curve.P_256.equals(ec.getCurve())) {
            throw new KeyFormatException("only the P-256 curve is supported, got " + ec.getCurve());
        }
        return ec;
    }

    private static OctetKeyPair ed25519(OctetKeyPair okp) {
        if (!Curve.Ed25519.equals(okp.getCurve())) {
            throw new KeyFormatException("only the Ed25519 curve is supported, got " + okp.getCurve());
        }
        return okp;
    }

    private static KeyFormatException rethrow(Exception e) {
        return e instanceof KeyFormatException known ? known
                : new KeyFormatException("unusable JWK: " + e.getMessage(), e);
    }
}
