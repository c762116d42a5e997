package london.patchwork.federation.fetch.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 with an ephemeral port, for tests. Records every request it
 * receives. Addressed by made-up names ({@code hub.test}) that a {@link StaticResolver} maps to
 * loopback, the way a peer would be addressed in production.
 */
public final class LocalHttpServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Recorded(String method, String path, Headers headers, byte[] body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private LocalHttpServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.start();
    }

    public static LocalHttpServer start() {
        try {
            return new LocalHttpServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port/path}. */
    public URI uri(String host, String path) {
        return URI.create("http://" + host + ":" + port() + path);
    }

    /** Serves a handler at a path (and below it), recording each request first. */
    public LocalHttpServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), body));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    /** Serves a fixed body with a status and content type; Content-Length is set. */
    public LocalHttpServer respond(String path, int status, String contentType, String body) {
        return route(path, exchange -> send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8), false));
    }

    /** Serves a redirect. */
    public LocalHttpServer redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /** Writes a response; {@code chunked} leaves out Content-Length so the body is sent chunked. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean chunked)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : (body.length == 0 ? -1 : body.length));
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGaveUp) {
            // The client may stop reading on purpose (size cap); that is what some tests check.
        }
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
