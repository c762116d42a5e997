package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A remote server's inboxes for delivery tests: a real HTTP server on 127.0.0.1 that records every POST (target,
 * headers, body, the activity id), answers 202 or whatever it is told (a status sequence per path, a delay), serves
 * documents on GET (actors), and can be stopped and started again on the same port to refuse connections. It
 * counts deliveries per (activity, inbox) and notices when one pair is being received twice at the same time.
 */
public final class TestInbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bindAddress;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final AtomicInteger defaultStatus = new AtomicInteger(202);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> retryAfter = new AtomicReference<>();
    private HttpServer server;

    private TestInbox(String bindAddress, int port) {
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /** A sink on a free port of 127.0.0.1, started. */
    public static TestInbox start() {
        TestInbox inbox = new TestInbox("127.0.0.1", FreePorts.next());
        inbox.resume();
        return inbox;
    }

    /**
     * A sink listening on every local address, so that loopback names such as 127.1.0.7 each look like a host of
     * their own (a benchmark's thousand servers on one machine).
     */
    public static TestInbox startOnAllLoopbackAddresses() {
        TestInbox inbox = new TestInbox("0.0.0.0", FreePorts.next());
        inbox.resume();
        return inbox;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:port} followed by the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** host:port, as the delivery queue names this server's domain. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /** Starts (again) on the same port. */
    public synchronized void resume() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stops listening: connections are refused until {@link #resume()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The status every POST gets unless a path has a script. */
    public TestInbox answer(int status) {
        defaultStatus.set(status);
        return this;
    }

    /** The next POSTs to a path get these statuses in turn, then the default. */
    public TestInbox script(String path, Integer... statuses) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
        return this;
    }

    /** What a 429 or 503 answer says in {@code Retry-After} (delta-seconds or an HTTP date); null for nothing. */
    public TestInbox retryAfter(String value) {
        retryAfter.set(value);
        return this;
    }

    /** How long each POST waits before it is answered. */
    public TestInbox delay(Duration wait) {
        delay.set(wait);
        return this;
    }

    /** Serves a JSON document on GET. */
    public TestInbox document(String path, String json) {
        documents.put(path, json);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** POSTs received for each (activity id, inbox path), keyed {@code activity path}. */
    public Map<String, Integer> deliveriesPerActivityAndInbox() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        received.forEach(r -> counts.merge(r.activityId() + " " + r.path(), 1, Integer::sum));
        return counts;
    }

    /** Keys of {@link #deliveriesPerActivityAndInbox()} received more than once. */
    public Set<String> duplicates() {
        Set<String> duplicates = new HashSet<>();
        deliveriesPerActivityAndInbox().forEach((key, count) -> {
            if (count > 1) {
                duplicates.add(key);
            }
        });
        return duplicates;
    }

    /** How often a POST arrived while the same activity was still being received at the same inbox. */
    public int overlappingDeliveries() {
        return overlaps.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if ("GET".equals(exchange.getRequestMethod())) {
                serveDocument(exchange, path);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String activityId = activityId(body);
            String key = activityId + " " + path;
            if (!inProgress.add(key)) {
                overlaps.incrementAndGet();
            }
            try {
                received.add(new Received(path, exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                        copyHeaders(exchange), body, activityId, Instant.now()));
                Thread.sleep(delay.get());
                Deque<Integer> script = scripted.get(path);
                Integer next = script == null ? null : script.poll();
                int status = next != null ? next : defaultStatus.get();
                if (retryAfter.get() != null && (status == 429 || status == 503)) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter.get());
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inProgress.remove(key);
            }
        }
    }

    private void serveDocument(HttpExchange exchange, String path) throws IOException {
        String document = documents.get(path);
        if (document == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> copyHeaders(HttpExchange exchange) {
        Map<String, List<String>> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), new ArrayList<>(values)));
        return headers;
    }

    private static String activityId(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.hasNonNull("id") ? json.get("id").asText() : "(no id)";
        } catch (IOException notJson) {
            return "(not JSON)";
        }
    }

    /**
     * One POST as received.
     *
     * @param path    the path posted to
     * @param target  the request target (path and query), as a signature covers it
     * @param headers header names in lower case
     */
    public record Received(String path, String target, Map<String, List<String>> headers, byte[] body,
                           String activityId, Instant at) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON", e);
            }
        }
    }
}
