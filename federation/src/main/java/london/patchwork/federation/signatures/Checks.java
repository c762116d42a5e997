package london.patchwork.federation.signatures;

/** Argument checks that fail with our own exception type instead of a bare NullPointerException. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new HttpSignatureException(name + " must not be null");
        }
        return value;
    }

    static String notBlank(String value, String name) {
        if (notNull(value, name).isBlank()) {
            throw new HttpSignatureException(name + " must not be blank");
        }
        return value;
    }
}
