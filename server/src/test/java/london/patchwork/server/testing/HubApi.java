package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A hub's Mastodon-style API, driven the way a client would, with the organiser token. */
public final class HubApi {

    private final HttpProbe http;

    public HubApi(String baseUrl) {
        this.http = new HttpProbe(baseUrl);
    }

    public HttpResponse<String> postStatus(Map<String, String> form) {
        return send("POST", "/api/v1/statuses", form);
    }

    /** Publishes and returns the Status JSON, failing the test if the hub refused. */
    public JsonNode publish(String text, String visibility) {
        HttpResponse<String> response = postStatus(Map.of("status", text, "visibility", visibility));
        if (response.statusCode() != 200) {
            throw new AssertionError("publishing failed: " + response.statusCode() + " " + response.body());
        }
        return HttpProbe.json(response);
    }

    public HttpResponse<String> send(String method, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }
}
