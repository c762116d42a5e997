package london.patchwork.server.livinglab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.patchwork.federation.signatures.HeaderMap;
import london.patchwork.federation.signatures.IncomingRequest;

/**
 * The instance's HTTP surface, with Mastodon's paths: WebFinger, NodeInfo, actors and their collections, the notes
 * and activities residents sent, and the inboxes.
 */
final class ResidentsHttp implements HttpHandler {

    private static final String ACTIVITY_JSON = "application/activity+json; charset=utf-8";
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final String baseUrl;
    private final Map<String, Resident> residents;
    private final ResidentDocuments documents;
    private final ResidentActivities activities;
    private final ResidentRelations relations;
    private final ResidentInbox inbox;

    ResidentsHttp(String baseUrl, Map<String, Resident> residents, ResidentDocuments documents,
                  ResidentActivities activities, ResidentRelations relations, ResidentInbox inbox) {
        this.baseUrl = baseUrl;
        this.residents = residents;
        this.documents = documents;
        this.activities = activities;
        this.relations = relations;
        this.inbox = inbox;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            switch (exchange.getRequestMethod()) {
                case "GET", "HEAD" -> get(exchange, path);
                case "POST" -> post(exchange, path);
                default -> answer(exchange, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void get(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/.well-known/webfinger")) {
            Optional<Resident> resident = webFingerResource(exchange.getRequestURI().getRawQuery());
            if (resident.isPresent()) {
                answer(exchange, 200, "application/jrd+json; charset=utf-8", documents.webFinger(resident.get()));
            } else {
                notFound(exchange);
            }
            return;
        }
        if (path.equals("/.well-known/nodeinfo")) {
            answer(exchange, 200, "application/json", documents.nodeInfoDiscovery());
            return;
        }
        if (path.equals("/nodeinfo/2.1")) {
            answer(exchange, 200, "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"",
                    documents.nodeInfo(residents.size(), activities.notes()));
            return;
        }
        String[] parts = path.split("/");
        Resident resident = parts.length >= 3 && parts[1].equals("users") ? residents.get(parts[2]) : null;
        if (resident == null) {
            notFound(exchange);
            return;
        }
        Optional<byte[]> body = switch (parts.length) {
            case 3 -> Optional.of(documents.actor(resident));
            case 4 -> switch (parts[3]) {
                case "followers" -> Optional.of(documents.collection(resident.followers(), List.of()));
                case "following" -> Optional.of(documents.collection(resident.following(),
                        relations.followedBy(resident.index())));
                case "outbox" -> Optional.of(documents.collection(resident.outbox(), List.of()));
                default -> Optional.empty();
            };
            default -> activities.served(path);
        };
        if (body.isPresent()) {
            answer(exchange, 200, ACTIVITY_JSON, body.get());
        } else {
            notFound(exchange);
        }
    }

    private void post(HttpExchange exchange, String path) throws IOException {
        Resident owner = null;
        if (!path.equals("/inbox")) {
            String[] parts = path.split("/");
            owner = parts.length == 4 && parts[1].equals("users") && parts[3].equals("inbox")
                    ? residents.get(parts[2]) : null;
            if (owner == null) {
                notFound(exchange);
                return;
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        String query = exchange.getRequestURI().getRawQuery();
        IncomingRequest request = new IncomingRequest("POST", query == null ? path : path + "?" + query,
                HeaderMap.of(exchange.getRequestHeaders()), body, "http");
        ResidentInbox.Outcome outcome = inbox.receive(request, path, owner);
        answer(exchange, outcome.status(), "text/plain; charset=utf-8",
                outcome.reason().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code acct:r0001@host:port} or the actor's URL. */
    private Optional<Resident> webFingerResource(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.startsWith("resource=")) {
                continue;
            }
            String resource = URLDecoder.decode(pair.substring("resource=".length()), StandardCharsets.UTF_8);
            if (resource.startsWith(baseUrl + "/users/")) {
                return Optional.ofNullable(residents.get(resource.substring((baseUrl + "/users/").length())));
            }
            String acct = resource.startsWith("acct:") ? resource.substring(5) : resource;
            int at = acct.indexOf('@');
            if (at > 0 && acct.substring(at + 1).equals(URI.create(baseUrl).getRawAuthority())) {
                return Optional.ofNullable(residents.get(acct.substring(0, at)));
            }
        }
        return Optional.empty();
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        answer(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
