package london.patchwork.federation.fetch;

import java.net.Socket;
import java.time.Duration;

/**
 * Closes the request's socket when the deadline passes. Socket timeouts bound each read, but not a
 * write to a peer that stops reading, nor a TLS handshake fed one byte at a time; closing the socket
 * from outside ends both. Closing the watchdog disarms it.
 *
 * <p>It closes the socket only once {@link Deadline#expired()} is true, and says so in
 * {@link #fired()} before closing: whatever error the closed socket then raises, the code that
 * catches it can tell the deadline ended the request and report a {@link FetchException.Timeout}.
 */
final class Watchdog implements AutoCloseable {

    private final Thread thread;
    private volatile Socket socket;
    private volatile boolean fired;

    private Watchdog(Deadline deadline) {
        this.thread = Thread.ofVirtual().name("fetch-deadline").start(() -> {
            try {
                // Sleep until the deadline has passed on the clock the catch sites read, however the
                // sleep rounds: closing a moment early is how a timeout used to look like a broken connection.
                while (!deadline.expired()) {
                    Thread.sleep(Duration.ofNanos(deadline.remainingNanos()));
                }
            } catch (InterruptedException disarmed) {
                return;   // The exchange finished first.
            }
            fired = true;
            Connector.closeQuietly(socket);
        });
    }

    static Watchdog start(Deadline deadline) {
        return new Watchdog(deadline);
    }

    /**
     * The socket to close at expiry (the plain one: closing it also ends a TLS layer on top). A
     * socket handed over after the watchdog fired is closed at once.
     */
    void watch(Socket socket) {
        this.socket = socket;
        if (fired) {
            Connector.closeQuietly(socket);
        }
    }

    /** Whether the deadline passed and the watched socket was (or is being) closed because of it. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
