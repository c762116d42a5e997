package london.patchwork.server.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub Group's events, assets and connections collections, linked from its actor: counts, newest first, 50 a
 * page with next and prev, each item exactly what its id serves, deleted ones left out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubCollectionsIT extends HubTest {

    private static final String AP = "application/activity+json";

    private TestMembers.SignedIn ada;
    private final List<String> events = new ArrayList<>();

    @BeforeAll
    void publish() {
        ada = TestMembers.ADA.join(baseUrl());
        for (int i = 0; i < 53; i++) {
            events.add(ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Session " + i + "\", "
                    + "\"start\": \"2031-04-05T10:00\", \"end\": \"2031-04-05T12:00\"}").get("id").asText());
        }
        assertThat(ada.json("DELETE", "/api/patchwork/events/" + events.removeLast(), null).statusCode())
                .isEqualTo(204);
    }

    private JsonNode get(String url) {
        return HttpProbe.json(http().get(URI.create(url).getRawPath()
                + (URI.create(url).getRawQuery() == null ? "" : "?" + URI.create(url).getRawQuery()), AP));
    }

    /** What an id serves, without the {@code @context} an embedded item leaves to its page. */
    private JsonNode served(String id) {
        ObjectNode document = (ObjectNode) get(id);
        document.remove("@context");
        return document;
    }

    private JsonNode actor() {
        return get(baseUrl() + "/actors/hackney");
    }

    @Test
    void eventsArePagedNewestFirstEachAsItsIdServesIt() {
        String url = actor().get("hubEvents").asText();
        assertThat(url).isEqualTo(baseUrl() + "/actors/hackney/collections/events");
        JsonNode collection = get(url);
        assertThat(collection.get("type").asText()).isEqualTo("OrderedCollection");
        assertThat(collection.get("totalItems").asInt()).isEqualTo(52);

        JsonNode first = get(collection.get("first").asText());
        assertThat(first.get("type").asText()).isEqualTo("OrderedCollectionPage");
        assertThat(first.get("partOf").asText()).isEqualTo(url);
        assertThat(first.has("prev")).isFalse();
        JsonNode items = first.get("orderedItems");
        assertThat(items).hasSize(50);
        assertThat(items.get(0).get("name").asText()).isEqualTo("Session 51");
        assertThat(items.get(0)).isEqualTo(served(items.get(0).get("id").asText()));
        assertThat(items.get(49)).isEqualTo(served(items.get(49).get("id").asText()));

        JsonNode second = get(first.get("next").asText());
        assertThat(second.get("orderedItems")).hasSize(2);
        assertThat(second.get("orderedItems").get(1).get("name").asText()).isEqualTo("Session 0");
        assertThat(second.has("next")).isFalse();
        assertThat(second.get("prev").asText()).isEqualTo(url + "?page=1");
        assertThat(second.toString()).doesNotContain("Session 52");
    }

    @Test
    void assetsAndConnectionsAreListedAsTheirIdsServeThemDeletedOnesLeftOut() {
        String bank = asset("Food bank");
        String advice = asset("Advice centre");
        String gone = asset("Closed library");
        assertThat(ada.json("DELETE", "/api/patchwork/assets/" + gone, null).statusCode()).isEqualTo(204);
        ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(bank, advice));
        String undone = ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "refers-to", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(advice, bank)).get("id").asText();
        assertThat(ada.json("DELETE", "/api/patchwork/connections/" + undone, null).statusCode()).isEqualTo(204);

        JsonNode assets = get(actor().get("hubAssets").asText());
        assertThat(assets.get("totalItems").asInt()).isEqualTo(2);
        JsonNode assetItems = get(assets.get("first").asText()).get("orderedItems");
        assertThat(assetItems).extracting(item -> item.get("name").asText())
                .containsExactly("Advice centre", "Food bank");
        assertThat(assetItems.get(0)).isEqualTo(served(assetItems.get(0).get("id").asText()));

        JsonNode connections = get(actor().get("hubConnections").asText());
        assertThat(connections.get("totalItems").asInt()).isEqualTo(1);
        JsonNode tie = get(connections.get("first").asText()).get("orderedItems").get(0);
        assertThat(tie.get("type").asText()).isEqualTo("Relationship");
        assertThat(tie).isEqualTo(served(tie.get("id").asText()));
    }

    @Test
    void aBadPageIsRefusedAndOnlyTheHubHasTheCollections() {
        assertThat(http().get("/actors/hackney/collections/events?page=0", AP).statusCode()).isEqualTo(400);
        assertThat(http().get("/actors/hackney/collections/events?page=x", AP).statusCode()).isEqualTo(400);
        assertThat(http().get("/actors/ada/collections/events", AP).statusCode()).isEqualTo(404);
        assertThat(http().get("/actors/hackney/collections/events", "text/html").statusCode()).isLessThan(500);
    }

    private String asset(String name) {
        return ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "%s"}""".formatted(name))
                .get("id").asText();
    }
}
