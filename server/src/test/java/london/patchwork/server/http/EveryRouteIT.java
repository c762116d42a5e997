package london.patchwork.server.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.uri.UriMatchTemplate;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET route answers every kind of Accept a client sends (none, curl's, a crawler's, a browser's, the
 * fediverse's, nonsense) without a server error, signed in or not. Content-negotiated URLs give their page to
 * anything that is not asking for ActivityStreams, as Mastodon does.
 */
@MicronautTest
class EveryRouteIT extends HubTest {

    /** null: no Accept header at all. */
    private static final List<String> ACCEPTS = Arrays.asList(null, "*/*", "text/*", "text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json",
            "application/activity+json", "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            "application/xml", "image/png", "nonsense");

    @Inject Router router;

    @Test
    void noGetRouteAnswersAnyAcceptWithAServerError() {
        String postId = new HubApi(baseUrl()).publish("Open day #community", "public").get("id").asText();
        Map<String, Object> values = new HashMap<>();
        values.put("username", TestHubs.HACKNEY.username());
        values.put("id", postId);
        values.put("name", "community");

        Set<String> paths = new TreeSet<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .map(UriRouteInfo::getUriMatchTemplate)
                .map(template -> expand(template, values))
                .forEach(paths::add);
        assertThat(paths).as("the routes this test sweeps").contains("/", "/actors/hackney", "/objects/" + postId,
                "/tags/community", "/actors/hackney/outbox", "/.well-known/webfinger", "/nodeinfo/2.1");

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String path : paths) {
            for (String accept : ACCEPTS) {
                for (boolean organiser : new boolean[]{false, true}) {
                    HttpResponse<String> response = get(path, accept, organiser);
                    requests++;
                    if (response.statusCode() >= 500) {
                        failures.add(response.statusCode() + " GET " + path + " Accept: " + accept
                                + (organiser ? " (organiser)" : "") + " -> " + abbreviate(response.body()));
                    }
                }
            }
        }
        System.out.println("EveryRouteIT: " + paths.size() + " GET routes, " + requests + " requests, "
                + failures.size() + " server errors");
        assertThat(failures).isEmpty();
    }

    @Test
    void contentNegotiatedUrlsGiveTheirPageToAnythingButActivityStreams() {
        String uri = new HubApi(baseUrl()).publish("Coffee morning", "public").get("uri").asText();
        String path = java.net.URI.create(uri).getPath();
        for (String accept : Arrays.asList(null, "*/*", "text/*", "text/html")) {
            HttpResponse<String> post = get(path, accept, false);
            assertThat(post.statusCode()).as("post page for Accept " + accept).isEqualTo(200);
            assertThat(post.headers().firstValue("Content-Type")).as("Accept " + accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(post.body()).contains("Coffee morning");

            HttpResponse<String> actor = get("/actors/hackney", accept, false);
            assertThat(actor.statusCode()).as("actor for Accept " + accept).isEqualTo(303);
            assertThat(actor.headers().firstValue("Location")).hasValue(baseUrl() + "/");
        }
        HttpResponse<String> document = get(path, "application/activity+json", false);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/activity+json");
    }

    private HttpResponse<String> get(String path, String accept, boolean organiser) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (organiser) {
            request.header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN);
        }
        return http().send(request);
    }

    private static String expand(UriMatchTemplate template, Map<String, Object> values) {
        Map<String, Object> filled = new HashMap<>(values);
        template.getVariableNames().forEach(name -> filled.putIfAbsent(name, "x"));
        return template.expand(filled);
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
