package london.patchwork.federation.signatures;

import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECParameterSpec;
import java.util.Optional;
import javax.crypto.SecretKey;

/** The families of keys the algorithms need, recognised from JCA key objects of any provider. */
enum KeyKind {
    RSA, EC_P256, ED25519, SECRET;

    /** Order of the P-256 base point: comparing it identifies the curve whatever the provider named it. */
    private static final java.math.BigInteger P256_ORDER = new java.math.BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    static Optional<KeyKind> of(Key key) {
        if (key instanceof RSAKey) {
            return Optional.of(RSA);
        }
        if (key instanceof ECKey ec) {
            ECParameterSpec params = ec.getParams();
            return params != null && P256_ORDER.equals(params.getOrder()) ? Optional.of(EC_P256) : Optional.empty();
        }
        if (key instanceof SecretKey) {
            return Optional.of(SECRET);
        }
        // "EdDSA" may also mean Ed448: only the OID inside the encoding tells them apart.
        return Ed25519Keys.isEd25519(key) ? Optional.of(ED25519) : Optional.empty();
    }
}
