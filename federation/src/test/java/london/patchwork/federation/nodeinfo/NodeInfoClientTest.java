package london.patchwork.federation.nodeinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import london.patchwork.federation.fetch.testing.TestJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NodeInfoClientTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final NodeInfoClient client = new NodeInfoClient(FetchClient.builder(FetchPolicy.development("t"))
            .resolver(new StaticResolver().loopback("hub.test", "bare.test")).socketFactory(new LoopbackOnlySockets()).build());

    @AfterEach
    void stop() {
        server.close();
    }

    private Origin origin(String host) {
        return Origin.parse("http://" + host + ":" + server.port()).orElseThrow();
    }

    @Test
    void discoversAndFetchesTheNewestSchema() throws Exception {
        String discovery = "{\"links\":[{\"rel\":\"" + NodeInfoDiscovery.REL_2_1 + "\",\"href\":\""
                + origin("hub.test") + "/nodeinfo/2.1\"}]}";
        server.respond("/.well-known/nodeinfo", 200, "application/json", discovery);
        server.respond("/nodeinfo/2.1", 200, NodeInfo.MEDIA_TYPE_2_1, TestJson.text("nodeinfo/hub-2.1.json"));

        NodeInfo info = client.fetchFor(origin("hub.test"));

        assertThat(info.software().name()).isEqualTo("patchwork");
        assertThat(server.requests()).extracting(LocalHttpServer.Recorded::path)
                .containsExactly("/.well-known/nodeinfo", "/nodeinfo/2.1");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Accept")).isEqualTo("application/json"));
    }

    @Test
    void reportsADiscoveryDocumentWithoutSchemaLinks() {
        server.respond("/.well-known/nodeinfo", 200, "application/json", "{\"links\":[]}");

        assertThatThrownBy(() -> client.fetchFor(origin("bare.test"))).isInstanceOf(FetchException.InvalidDocument.class)
                .hasMessageContaining("no NodeInfo");
    }

    @Test
    void reportsAnHtmlAnswerAsTheWrongMediaType() {
        server.respond("/.well-known/nodeinfo", 200, "text/html", "<html>not here</html>");

        assertThatThrownBy(() -> client.discover(origin("hub.test"))).isInstanceOf(FetchException.WrongMediaType.class);
    }

    @Test
    void reportsASchemaDocumentThatIsNotNodeInfo() {
        server.respond("/ni", 200, "application/json", "{\"version\":\"9\"}");

        assertThatThrownBy(() -> client.fetch(java.net.URI.create(origin("hub.test") + "/ni")))
                .isInstanceOf(FetchException.InvalidDocument.class);
    }
}
