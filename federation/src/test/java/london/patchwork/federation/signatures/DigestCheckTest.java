package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Digest (RFC 3230) and Content-Digest (RFC 9530) against the body bytes. */
class DigestCheckTest {

    private static final byte[] BODY = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
    private static final String SHA256 = "X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=";
    private static final String SHA512 = Base64.getEncoder().encodeToString(Digests.hash("SHA-512", BODY));

    @Test
    void producesTheHeadersPeersExpect() {
        assertThat(Digests.digestHeader(BODY)).isEqualTo("SHA-256=" + SHA256);
        assertThat(Digests.contentDigestHeader(BODY)).isEqualTo("sha-256=:" + SHA256 + ":");
    }

    @Test
    void digestAcceptsAnyCaseAndSeveralAlgorithms() {
        assertThat(DigestCheck.checkDigest(headers("Digest", "sha-256=" + SHA256), BODY)).containsExactly("SHA-256");
        assertThat(DigestCheck.checkDigest(headers("Digest", "MD5=abc, SHA-512=" + SHA512 + ",SHA-256=" + SHA256), BODY))
                .containsExactly("SHA-512", "SHA-256");
        assertThat(reason(() -> DigestCheck.checkDigest(headers("Digest", "SHA-512=" + SHA512 + ",SHA-256=AAAA"), BODY)))
                .isEqualTo(FailureReason.BAD_DIGEST);
    }

    @Test
    void digestWithOnlyUnknownAlgorithmsOrBadBase64IsRefused() {
        assertThat(reason(() -> DigestCheck.checkDigest(headers("Digest", "MD5=XrY7u+Ae7tCTyyK7j1rNww=="), BODY)))
                .isEqualTo(FailureReason.BAD_DIGEST);
        assertThat(reason(() -> DigestCheck.checkDigest(headers("Digest", "SHA-256=***"), BODY))).isEqualTo(FailureReason.BAD_DIGEST);
        assertThat(reason(() -> DigestCheck.checkDigest(HeaderMap.empty(), BODY))).isEqualTo(FailureReason.DIGEST_MISSING);
    }

    @Test
    void contentDigestChecksSha256AndSha512() {
        assertThat(DigestCheck.checkContentDigest(headers("Content-Digest", "sha-512=:" + SHA512 + ":"), BODY))
                .containsExactly("SHA-512");
        assertThat(DigestCheck.checkContentDigest(headers("Content-Digest", "unixsum=:AQ==:, sha-256=:" + SHA256 + ":"), BODY))
                .containsExactly("SHA-256");
        assertThat(reason(() -> DigestCheck.checkContentDigest(headers("Content-Digest", "sha-256=:" + SHA512 + ":"), BODY)))
                .isEqualTo(FailureReason.BAD_DIGEST);
        assertThat(reason(() -> DigestCheck.checkContentDigest(headers("Content-Digest", "md5=:AQ==:"), BODY)))
                .isEqualTo(FailureReason.BAD_DIGEST);
    }

    @Test
    void malformedContentDigestIsMalformed() {
        assertThat(reason(() -> DigestCheck.checkContentDigest(headers("Content-Digest", "SHA-256=:" + SHA256 + ":"), BODY)))
                .isEqualTo(FailureReason.MALFORMED);
        assertThat(reason(() -> DigestCheck.checkContentDigest(headers("Content-Digest", "sha-256=\"" + SHA256 + "\""), BODY)))
                .isEqualTo(FailureReason.MALFORMED);
    }

    private static HeaderMap headers(String name, String value) {
        return HeaderMap.builder().add(name, value).build();
    }

    private static FailureReason reason(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        Rejection rejection = catchThrowableOfType(Rejection.class, check);
        assertThat(rejection).as("expected a rejection").isNotNull();
        return rejection.reason();
    }
}
