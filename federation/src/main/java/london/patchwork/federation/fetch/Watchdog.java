package london.patchwork.federation.fetch;

import java.net.Socket;

/**
 * Closes the request's socket when the deadline passes. Socket timeouts bound each read, but not a
 * write to a peer that stops reading, nor a TLS handshake fed one byte at a time; closing the socket
 * from outside ends both. Closing the watchdog disarms it.
 */
final class Watchdog implements AutoCloseable {

    private final Thread thread;
    private volatile Socket socket;

    private Watchdog(Deadline deadline) {
        this.thread = Thread.ofVirtual().name("fetch-deadline").start(() -> {
            try {
                Thread.sleep(Math.max(1, deadline.remainingMillis()));
                Connector.closeQuietly(socket);
            } catch (InterruptedException disarmed) {
                // The exchange finished first.
            }
        });
    }

    static Watchdog start(Deadline deadline) {
        return new Watchdog(deadline);
    }

    /** The socket to close at expiry (the plain one: closing it also ends a TLS layer on top). */
    void watch(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
