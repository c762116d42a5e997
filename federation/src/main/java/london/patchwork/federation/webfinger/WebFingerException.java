package london.patchwork.federation.webfinger;

/**
 * A WebFinger input that cannot be used: a malformed {@code acct:} handle or a JRD document
 * without the required shape.
 */
public final class WebFingerException extends Exception {

    /**
     * Creates the error.
     *
     * @param message what is wrong
     */
    public WebFingerException(String message) {
        super(message);
    }
}
