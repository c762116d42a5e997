package london.patchwork.federation.signatures;

/**
 * Key material (PEM, JWK or multibase text, often sent by a remote peer) could not be decoded
 * into a usable key. This is the only exception the key codecs let escape, whatever the input.
 */
public final class KeyFormatException extends HttpSignatureException {

    /**
     * @param message why the key was refused
     */
    public KeyFormatException(String message) {
        super(message);
    }

    /**
     * @param message why the key was refused
     * @param cause   the decoder's own error
     */
    public KeyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
