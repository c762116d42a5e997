package london.patchwork.server.livinglab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client connection through a {@link LabLink}: reads the first request, applies the link's faults, forwards
 * to the upstream and pipes bytes both ways until either side is done. Only the first request of a kept-alive
 * connection is observed; later ones pass through unseen.
 */
final class LinkConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LinkConnection.class);
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_STATUS_LINE = 8192;

    private final LabLink link;
    private final Socket client;
    private final Instant at = Instant.now();
    private final long started = System.nanoTime();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile Socket upstream;
    private volatile String caller = LinkExchange.UNKNOWN;

    LinkConnection(LabLink link, Socket client) {
        this.link = link;
        this.client = client;
    }

    String caller() {
        return caller;
    }

    @Override
    public void run() {
        LinkRequest request = null;
        try {
            client.setSoTimeout((int) HEAD_TIMEOUT.toMillis());
            request = LinkRequest.read(client.getInputStream());
            client.setSoTimeout(0);
            if (request.bytes().length == 0) {
                return;
            }
            caller = request.caller();
            if (link.refuses(caller)) {
                refuse(request);
                return;
            }
            Duration slow = link.slowness();
            if (slow.isPositive()) {
                Thread.sleep(slow);
                // The fault may have changed while this request waited; a partition begun meanwhile cuts it too.
                if (link.refuses(caller)) {
                    refuse(request);
                    return;
                }
            }
            forward(request);
        } catch (IOException e) {
            LOG.debug("event=link_connection_failed link={} caller={} reason={}", link.name(), caller, e.toString());
            if (request != null) {
                report(request, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (request != null) {
                report(request, -1);
            }
        } finally {
            cut();
            link.closed(this);
        }
    }

    /** Closes both sockets at once: the connection ends as if the network between them had gone. */
    void cut() {
        closeQuietly(client);
        Socket up = upstream;
        if (up != null) {
            closeQuietly(up);
        }
    }

    /** Closes without an answer, with a reset, as an unreachable or vanished peer would look to the caller. */
    private void refuse(LinkRequest request) {
        // Reported before the reset, so an observer has it before the caller can act on the failure.
        report(request, -1);
        try {
            client.setSoLinger(true, 0);
        } catch (IOException e) {
            // already gone: nothing left to reset
        }
        closeQuietly(client);
    }

    private void forward(LinkRequest request) throws IOException {
        Socket up = new Socket();
        upstream = up;
        up.connect(new InetSocketAddress("127.0.0.1", link.upstreamPort()), (int) CONNECT_TIMEOUT.toMillis());
        up.setTcpNoDelay(true);
        client.setTcpNoDelay(true);
        up.getOutputStream().write(request.bytes());
        up.getOutputStream().flush();
        Thread.ofVirtual().name("link-" + link.name() + "-up").start(() -> pipeToUpstream(up));
        InputStream fromUpstream = up.getInputStream();
        OutputStream toClient = client.getOutputStream();
        ByteArrayOutputStream statusLine = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = fromUpstream.read(buffer)) >= 0) {
            if (!reported.get()) {
                readStatus(request, statusLine, buffer, n);
            }
            toClient.write(buffer, 0, n);
            toClient.flush();
        }
        report(request, -1);
    }

    /** Collects the response's first line and reports the exchange once it is complete. */
    private void readStatus(LinkRequest request, ByteArrayOutputStream statusLine, byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n' || statusLine.size() >= MAX_STATUS_LINE) {
                report(request, parseStatus(statusLine.toString(StandardCharsets.ISO_8859_1)));
                return;
            }
            statusLine.write(buffer[i]);
        }
    }

    private void pipeToUpstream(Socket up) {
        try {
            client.getInputStream().transferTo(up.getOutputStream());
            up.shutdownOutput();
        } catch (IOException e) {
            // either side closed: the other direction ends the connection
        }
    }

    /** {@code HTTP/1.1 202 Accepted} → 202; -1 when it is not a status line. */
    static int parseStatus(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void report(LinkRequest request, int status) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        String[] activity = request.activity(link.json());
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        LinkExchange exchange = new LinkExchange(at, link.name(), caller, request.method(), request.path(), status,
                elapsedMs, activity[0], activity[1], activity[2]);
        try {
            link.observer().exchanged(exchange);
        } catch (RuntimeException e) {
            LOG.warn("event=link_observer_failed link={} reason={}", link.name(), e.toString());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }
}
