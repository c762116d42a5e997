package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks to one hub's HTTP API the way an app or a browser does: as the organiser token, or as a member signed in
 * with a session cookie. The lab is a client like any other; it never reaches into a hub's process.
 */
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String authorization;
    private final String cookie;

    private HubClient(String baseUrl, String authorization, String cookie) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.cookie = cookie;
    }

    /** As the hub's organiser token. */
    static HubClient organiser(String baseUrl, String token) {
        return new HubClient(baseUrl, "Bearer " + token, null);
    }

    /** As a signed-in member (a session cookie). */
    static HubClient session(String baseUrl, String cookie) {
        return new HubClient(baseUrl, null, cookie);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A JSON request; the answer whatever its status, or a {@link Unreachable} when the hub did not answer. */
    Answer send(String method, String path, String body) {
        return send(method, path, body, "application/json");
    }

    /** A request for a document of another type ({@code text/plain} metrics). */
    Answer send(String method, String path, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return exchange(request);
    }

    /** A form post as a browser sends it, with extra cookies. */
    static Answer form(String url, String body, String cookies) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies));
    }

    static Answer page(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", "text/html"));
    }

    private static Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().allValues("Set-Cookie"));
        } catch (IOException e) {
            throw new Unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    /** What a hub answered. */
    record Answer(int status, String body, java.util.List<String> cookies) {

        boolean ok() {
            return status / 100 == 2;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + abbreviated());
            }
        }

        Optional<String> cookie(String name) {
            return cookies.stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.split(";", 2)[0]).findFirst();
        }

        String abbreviated() {
            return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    /** The hub did not answer at all (stopped, or cut off by a fault). */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }
}
