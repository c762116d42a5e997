package london.patchwork.federation.signatures;

import java.security.KeyPair;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Key pairs generated once per test run: RSA generation is too slow to repeat in every test. */
final class TestKeys {

    static final KeyPair RSA = KeyPairs.rsa2048();
    static final KeyPair OTHER_RSA = KeyPairs.rsa2048();
    static final KeyPair ED25519 = KeyPairs.ed25519();
    static final KeyPair P256 = KeyPairs.p256();
    static final SecretKey HMAC = new SecretKeySpec("a shared secret of thirty-two by".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII), "HmacSHA256");
    static final String KEY_ID = "https://camden.example/actor#main-key";

    private TestKeys() {
    }
}
