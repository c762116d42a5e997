package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.RequestSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a remote fediverse server on 127.0.0.1, shaped like Mastodon: it serves actor documents
 * (with their RSA keys) and whatever other documents a test puts up, records what is POSTed to its inboxes,
 * and signs activities to a hub's inbox the way Mastodon does (draft-cavage, rsa-sha256, Digest).
 */
public final class RemoteServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String base;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();
    private final List<Received> inbox = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> gets = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** A POST that arrived at one of this server's inboxes. */
    public record Received(String path, Map<String, List<String>> headers, JsonNode body) {
    }

    public RemoteServer() {
        this("127.0.0.1");
    }

    /** A server whose URLs use {@code hostName} (say {@code localhost}: another origin than 127.0.0.1). */
    public RemoteServer(String hostName) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://" + hostName + ":" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String base() {
        return base;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Puts up a Mastodon-shaped Person at {@code /users/NAME} with a fresh RSA key and a shared inbox. */
    public URI addActor(String name) {
        KeyPair pair = KeyPairs.rsa2048();
        String id = base + "/users/" + name;
        keys.put(id, pair);
        ObjectNode actor = JSON.createObjectNode();
        actor.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        actor.put("id", id).put("type", "Person").put("preferredUsername", name).put("name", name)
                .put("inbox", id + "/inbox").put("outbox", id + "/outbox").put("followers", id + "/followers")
                .put("following", id + "/following").put("url", base + "/@" + name);
        actor.putObject("endpoints").put("sharedInbox", base + "/inbox");
        actor.putObject("publicKey").put("id", id + "#main-key").put("owner", id)
                .put("publicKeyPem", PemKeys.encode(pair.getPublic()));
        put("/users/" + name, actor);
        return URI.create(id);
    }

    public KeyPair keyOf(URI actor) {
        return keys.get(actor.toString());
    }

    /** Serves a JSON document at a path, as application/activity+json. */
    public void put(String path, JsonNode document) {
        documents.put(path, document.toString().getBytes(StandardCharsets.UTF_8));
        statuses.remove(path);
    }

    /** A copy of the document served at a path, to bend into another peer's shape and {@link #put} back. */
    public ObjectNode document(String path) {
        try {
            return (ObjectNode) JSON.readTree(documents.get(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a path answer with a bare status (404, 410, 500...). */
    public void answer(String path, int status) {
        statuses.put(path, status);
    }

    /** Makes a path answer 302 to another URL. */
    public void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** Makes a path take the request and never answer while this server runs: a peer that hangs. */
    public void hang(String path) {
        hanging.add(path);
    }

    /** How many GETs a path has had: what the hub fetched. */
    public int getsOf(String path) {
        AtomicInteger count = gets.get(path);
        return count == null ? 0 : count.get();
    }

    /** How many GETs this server has had, on any path. */
    public int gets() {
        return gets.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public List<Received> received() {
        return List.copyOf(inbox);
    }

    /** Signs and POSTs an activity to a hub inbox as {@code actor}, Mastodon-style. */
    public HttpResponse<String> deliver(URI actor, String inboxUrl, JsonNode activity) {
        return deliver(signerFor(actor), inboxUrl, activity.toString().getBytes(StandardCharsets.UTF_8),
                Instant.now());
    }

    public RequestSigner signerFor(URI actor) {
        return CavageSigner.rsaSha256(actor + "#main-key", keyOf(actor).getPrivate());
    }

    /** POSTs bytes signed by any signer at any time: for the hostile cases. */
    public static HttpResponse<String> deliver(RequestSigner signer, String inboxUrl, byte[] body, Instant at) {
        return InboxPosts.signedAt(signer, inboxUrl, body, at);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            if (exchange.getRequestMethod().equals("POST")) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                inbox.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), JSON.readTree(body)));
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            gets.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            if (hanging.contains(path)) {
                awaitClose();
                return;
            }
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().add("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Integer status = statuses.get(path);
            byte[] document = documents.get(path);
            if (status != null || document == null) {
                exchange.sendResponseHeaders(status != null ? status : 404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
        }
    }

    private void awaitClose() {
        try {
            closed.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
