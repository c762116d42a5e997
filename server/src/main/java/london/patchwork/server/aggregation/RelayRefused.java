package london.patchwork.server.aggregation;

import io.micronaut.http.HttpStatus;

/** A relay that cannot be joined, and the status and short reason the API answers with. */
public final class RelayRefused extends Exception {

    private final HttpStatus status;

    public RelayRefused(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
