package london.patchwork.server.inbox;

import io.micronaut.http.HttpStatus;

/**
 * What an inbox POST gets back: 202 once the activity is stored, or the 4xx that says why not.
 *
 * @param duplicate true when the activity had arrived before (accepted again, applied once)
 */
public record IntakeResult(HttpStatus status, String reason, boolean duplicate) {

    static IntakeResult accepted(boolean duplicate) {
        return new IntakeResult(HttpStatus.ACCEPTED, duplicate ? "already received" : "accepted", duplicate);
    }

    static IntakeResult refused(HttpStatus status, String reason) {
        return new IntakeResult(status, reason, false);
    }

    public boolean isAccepted() {
        return status == HttpStatus.ACCEPTED;
    }
}
