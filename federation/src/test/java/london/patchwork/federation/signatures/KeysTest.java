package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PEM, JWK and Multikey in both directions, and refusal of anything else. */
class KeysTest {

    static Stream<KeyPair> pairs() {
        return Stream.of(TestKeys.RSA, TestKeys.P256, TestKeys.ED25519);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void pemRoundTrips(KeyPair pair) {
        String publicPem = PemKeys.encode(pair.getPublic());
        String privatePem = PemKeys.encode(pair.getPrivate());

        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(PemKeys.parsePublicKey(publicPem).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(PemKeys.parsePrivateKey(privatePem).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void jwkRoundTripsTheirPublicHalf(KeyPair pair) {
        String jwk = JwkKeys.toJwk(pair.getPublic(), "https://camden.example/actor#k");

        assertThat(jwk).contains("\"kid\":\"https://camden.example/actor#k\"").doesNotContain("\"d\"");
        assertThat(JwkKeys.parsePublicKey(jwk).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThatThrownBy(() -> JwkKeys.parsePrivateKey(jwk)).isInstanceOf(KeyFormatException.class);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void multikeyRoundTrips(KeyPair pair) {
        String multibase = Multikey.encode(pair.getPublic());

        assertThat(multibase).startsWith("z");
        assertThat(Multikey.decode(multibase).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void ed25519MultikeysHaveTheFep521aShape() {
        String multibase = Multikey.encode(TestKeys.ED25519.getPublic());

        assertThat(multibase).startsWith("z6Mk").hasSize(48);
        assertThat(Base58.decode(multibase.substring(1))).startsWith((byte) 0xed, (byte) 0x01).hasSize(34);
    }

    @Test
    void pkcs1RsaPublicKeyIsReadAsSomePeersSendIt() {
        RSAPublicKey rsa = (RSAPublicKey) TestKeys.RSA.getPublic();
        byte[] pkcs1 = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(rsa.getEncoded()).getPublicKeyData().getOctets();
        String pem = "-----BEGIN RSA PUBLIC KEY-----\r\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\r\n-----END RSA PUBLIC KEY-----";

        assertThat(((RSAPublicKey) PemKeys.parsePublicKey(pem)).getModulus()).isEqualTo(rsa.getModulus());
    }

    @Test
    void generatedKeysHaveTheAdvertisedShape() {
        assertThat(((RSAPublicKey) KeyPairs.rsa2048().getPublic()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(((ECPublicKey) TestKeys.P256.getPublic()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(KeyKind.of(TestKeys.ED25519.getPublic())).contains(KeyKind.ED25519);
        assertThat(KeyKind.of(KeyPairs.ed25519().getPrivate())).contains(KeyKind.ED25519);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n-----END PRIVATE KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nMAA=\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VxAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n-----END PUBLIC KEY-----"
    })
    void invalidPublicPemIsAKeyFormatException(String pem) {
        assertThatThrownBy(() -> PemKeys.parsePublicKey(pem)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void privatePemIsNotAPublicKeyAndViceVersa() {
        assertThatThrownBy(() -> PemKeys.parsePublicKey(PemKeys.encode(TestKeys.RSA.getPrivate())))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> PemKeys.parsePrivateKey(PemKeys.encode(TestKeys.RSA.getPublic())))
                .isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> PemKeys.parsePublicKey(null)).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> PemKeys.parsePublicKey("x".repeat(20_000))).isInstanceOf(KeyFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "{", "[]", "{\"kty\":\"RSA\"}", "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AA\",\"y\":\"AA\"}",
        "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}", "{\"kty\":\"oct\",\"k\":\"AAAA\"}", "{\"kty\":\"XYZ\"}"
    })
    void invalidJwkIsAKeyFormatException(String json) {
        assertThatThrownBy(() -> JwkKeys.parsePublicKey(json)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void octJwkIsAnHmacSecret() {
        assertThat(JwkKeys.parseSecretKey("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}").getEncoded()).containsExactly("secret".getBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "z", "u6Mk", "z0OIl", "z6Mk", "z1111111111", "zQmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"})
    void invalidMultikeyIsAKeyFormatException(String multibase) {
        assertThatThrownBy(() -> Multikey.decode(multibase)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void base58KeepsLeadingZeros() {
        byte[] data = {0, 0, 1, 2, (byte) 0xff};

        assertThat(Base58.encode(data)).startsWith("11");
        assertThat(Base58.decode(Base58.encode(data))).isEqualTo(data);
        assertThat(Base58.decode("")).isEmpty();
    }
}
