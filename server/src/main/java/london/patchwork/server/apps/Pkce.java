package london.patchwork.server.apps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636) with {@code S256} only: the app sends the hash of a secret when it asks
 * for a code, and the secret itself when it exchanges the code, so a code intercepted on its way back to a native
 * app is worthless to whoever caught it. {@code plain} is refused: it proves nothing the code does not.
 */
final class Pkce {

    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    /** The base64url SHA-256 of a verifier: always 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

    private Pkce() {
    }

    static boolean validChallenge(String challenge) {
        return challenge != null && CHALLENGE.matcher(challenge).matches();
    }

    /** Whether {@code verifier} is the secret whose S256 hash is {@code challenge}. */
    static boolean verifies(String challenge, String verifier) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        return MessageDigest.isEqual(challenge.getBytes(StandardCharsets.US_ASCII),
                challengeOf(verifier).getBytes(StandardCharsets.US_ASCII));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
