package london.patchwork.federation.fetch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A peer on 127.0.0.1 that speaks whatever bytes a test scripts, for responses no well-behaved
 * server would send: slow drips, silence, broken framing. Each accepted connection runs the script
 * on its own virtual thread; the request is not read unless the script reads it.
 */
public final class RawPeer implements AutoCloseable {

    /** What to do with one accepted connection. */
    @FunctionalInterface
    public interface Script {
        void run(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    private RawPeer(Script script) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("raw-peer").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    Thread.ofVirtual().start(() -> {
                        try (socket) {
                            script.run(socket);
                        } catch (IOException | InterruptedException clientGone) {
                            // The client hanging up is the point of several tests.
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public static RawPeer start(Script script) {
        try {
            return new RawPeer(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A peer that reads the request head and answers with fixed bytes, then closes. */
    public static RawPeer answering(String response) {
        return start(socket -> {
            readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(response.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        });
    }

    /** Reads up to the blank line after the request headers. */
    public static String readHead(Socket socket) throws IOException {
        StringBuilder head = new StringBuilder();
        var in = socket.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
