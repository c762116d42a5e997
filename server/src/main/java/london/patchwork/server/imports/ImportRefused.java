package london.patchwork.server.imports;

/**
 * The file as a whole cannot be imported (not UTF-8, malformed JSON, required CSV columns missing, too large, an
 * unknown format): nothing was read into rows, nothing is stored. Carries the HTTP status that says so.
 */
public final class ImportRefused extends RuntimeException {

    private final int status;

    public ImportRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
