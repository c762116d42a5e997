package london.patchwork.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfflineDocumentLoaderTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String contextUrl;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"colour\": \"https://evil.example/colour\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        contextUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aReachableContextIsStillNeverFetched() {
        byte[] doc = ("{\"@context\": [\"https://www.w3.org/ns/activitystreams\", \"" + contextUrl + "\"],"
                + " \"type\": \"Note\", \"colour\": \"blue\", \"content\": \"hi\"}").getBytes(StandardCharsets.UTF_8);
        var result = JsonLdNormaliser.withDefaultLimits().normalise(doc);
        assertThat(requests).hasValue(0);
        assertThat(result.droppedContexts()).containsExactly(contextUrl);
        assertThat(result.json().get("content").asText()).isEqualTo("hi");
        // the term keeps its key but not the remote meaning
        assertThat(result.json().get("colour").asText()).isEqualTo("blue");
        assertThat(result.json().has("https://evil.example/colour")).isFalse();
    }

    @Test
    void bundledContextsAreServedAndUnknownOnesAreEmptyAndRecorded() {
        OfflineDocumentLoader loader = new OfflineDocumentLoader();
        JsonObject as = loader.loadDocument(URI.create("https://www.w3.org/ns/activitystreams"), null)
                .getJsonContent().orElseThrow().asJsonObject();
        assertThat(as.getJsonObject("@context").getString("Note")).isEqualTo("as:Note");
        JsonObject unknown = loader.loadDocument(URI.create(contextUrl), null).getJsonContent().orElseThrow().asJsonObject();
        loader.loadDocument(URI.create(contextUrl), null);
        assertThat(unknown.getJsonObject("@context")).isEmpty();
        assertThat(loader.droppedContexts()).containsExactly(contextUrl);
        assertThat(requests).hasValue(0);
    }
}
