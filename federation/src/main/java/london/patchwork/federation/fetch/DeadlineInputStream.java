package london.patchwork.federation.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Sets the socket's read timeout to what is left of the deadline (rounded up) before every read, so
 * no single read can outlive the request, and none times out before the deadline has passed.
 */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final Deadline deadline;

    DeadlineInputStream(InputStream in, Socket socket, Deadline deadline) {
        super(in);
        this.socket = socket;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return super.read(b, off, len);
    }

    private void arm() throws IOException {
        int millis = deadline.remainingMillis();
        if (millis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout(millis);
    }
}
