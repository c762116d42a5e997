package london.patchwork.server.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * A real hub server started in the test on its own database and a free port of 127.0.0.1, for tests that need
 * several instances talking to each other over HTTP.
 */
public final class RunningHub implements AutoCloseable {

    private final TestHubs hub;
    private final EmbeddedServer server;
    private final String baseUrl;

    private RunningHub(TestHubs hub, EmbeddedServer server, String baseUrl) {
        this.hub = hub;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    public static RunningHub start(TestHubs hub) {
        return start(hub, Map.of());
    }

    public static RunningHub start(TestHubs hub, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(hub.properties());
        properties.putAll(extra);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        return new RunningHub(hub, server, "http://localhost:" + properties.get("micronaut.server.port"));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String actorUrl() {
        return baseUrl + "/actors/" + hub.username();
    }

    public HubApi api() {
        return new HubApi(baseUrl);
    }

    /** Direct access to this hub's database, for what no API shows (delivery jobs, fan-out state). */
    public FederationRows rows() {
        return new FederationRows(String.valueOf(server.getApplicationContext().getProperty(
                "datasources.default.url", String.class).orElseThrow()));
    }

    public HttpProbe http() {
        return new HttpProbe(baseUrl);
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /**
     * This hub's Group follows {@code other}'s, through the Mastodon API as an organiser would, and waits until the
     * follow is accepted.
     */
    public void followHub(RunningHub other, java.time.Duration patience) {
        com.fasterxml.jackson.databind.JsonNode account = HttpProbe.json(api().send("GET",
                "/api/v1/accounts/lookup?acct=" + java.net.URLEncoder.encode(other.actorUrl(),
                        java.nio.charset.StandardCharsets.UTF_8), Map.of()));
        String id = account.get("id").asText();
        api().send("POST", "/api/v1/accounts/" + id + "/follow", Map.of());
        org.awaitility.Awaitility.await().atMost(patience).until(() -> HttpProbe.json(api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + id, Map.of())).path(0).path("following").asBoolean());
    }

    @Override
    public void close() {
        server.close();
    }
}
