package london.patchwork.federation.fetch.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listening socket on 127.0.0.1 that never accepts, with its accept queue filled: Linux then drops
 * further SYNs, so a connect to {@link #port()} gets no answer and hangs until its timeout, as a
 * connect to a host behind a black-holing firewall does. No packet leaves the machine.
 */
public final class FullBacklog implements AutoCloseable {

    private static final int MAX_FILLERS = 64;
    private static final int FILLER_CONNECT_MILLIS = 250;

    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    private FullBacklog() throws IOException {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    /** Listens with a backlog of 1 and connects to itself until a connect goes unanswered. */
    public static FullBacklog start() throws IOException {
        FullBacklog backlog = new FullBacklog();
        try {
            backlog.fill();
            return backlog;
        } catch (IOException | RuntimeException e) {
            backlog.close();
            throw e;
        }
    }

    private void fill() throws IOException {
        for (int i = 0; i < MAX_FILLERS; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(server.getLocalSocketAddress(), FILLER_CONNECT_MILLIS);
                fillers.add(filler);
            } catch (SocketTimeoutException full) {
                filler.close();
                return;
            }
        }
        throw new IllegalStateException("the accept queue of a backlog-1 socket never filled; is this Linux?");
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        server.close();
    }
}
