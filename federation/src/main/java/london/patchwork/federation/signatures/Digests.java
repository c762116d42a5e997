package london.patchwork.federation.signatures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Body digests for outgoing requests: the legacy {@code Digest} header (RFC 3230, as draft-cavage
 * signers cover it) and RFC 9530 {@code Content-Digest}. Both use SHA-256, the only hash every
 * peer accepts.
 */
public final class Digests {

    private Digests() {
    }

    /**
     * @param body the exact body bytes that will be sent
     * @return a {@code Digest} header value, {@code SHA-256=<base64>}
     */
    public static String digestHeader(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(hash("SHA-256", Checks.notNull(body, "body")));
    }

    /**
     * @param body the exact body bytes that will be sent
     * @return a {@code Content-Digest} header value, {@code sha-256=:<base64>:}
     */
    public static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(hash("SHA-256", Checks.notNull(body, "body"))) + ":";
    }

    static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new HttpSignatureException("the JDK lacks " + algorithm, e);
        }
    }
}
