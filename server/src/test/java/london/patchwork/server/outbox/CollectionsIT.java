package london.patchwork.server.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's outbox, followers, following and featured collections, empty and filled. */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionsIT extends HubTest {

    private static final String AP = "application/activity+json";

    private JsonNode get(String path) {
        var response = http().get(path, AP);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AP);
        return HttpProbe.json(response);
    }

    @Test
    @Order(1)
    void emptyCollectionsAreValidOrderedCollections() {
        String actor = baseUrl() + "/actors/hackney";
        for (String name : new String[]{"outbox", "following", "followers"}) {
            JsonNode collection = get("/actors/hackney/" + name);
            assertThat(collection.get("id").asText()).isEqualTo(actor + "/" + name);
            assertThat(collection.get("type").asText()).isEqualTo("OrderedCollection");
            assertThat(collection.get("totalItems").asInt()).isZero();
            JsonNode first = get(collection.get("first").asText().substring(baseUrl().length()));
            assertThat(first.get("type").asText()).isEqualTo("OrderedCollectionPage");
            assertThat(first.get("partOf").asText()).isEqualTo(actor + "/" + name);
            // An empty page still says so: snac2 logs an error for a page without orderedItems (Mastodon sends []).
            assertThat(first.get("orderedItems")).as(name + " page lists its items").isNotNull();
            assertThat(first.get("orderedItems").isArray()).isTrue();
            assertThat(first.get("orderedItems").size()).isZero();
        }
        JsonNode featured = get("/actors/hackney/collections/featured");
        assertThat(featured.get("orderedItems").isArray()).as("an empty inline collection lists []").isTrue();
    }

    @Test
    void outboxListsPublicPostsNewestFirstAndPages() {
        HubApi api = new HubApi(baseUrl());
        for (int i = 1; i <= 23; i++) {
            api.publish("Notice " + i, "public");
        }
        api.publish("followers only", "private");
        JsonNode outbox = get("/actors/hackney/outbox");
        assertThat(outbox.get("totalItems").asInt()).isGreaterThanOrEqualTo(23);
        JsonNode first = get("/actors/hackney/outbox?page=true");
        assertThat(first.get("orderedItems").size()).isEqualTo(20);
        assertThat(first.at("/orderedItems/0/type").asText()).isEqualTo("Create");
        assertThat(first.at("/orderedItems/0/object/content").asText()).contains("Notice 23");
        assertThat(first.toString()).doesNotContain("followers only");
        JsonNode second = get(first.get("next").asText().substring(baseUrl().length()));
        assertThat(second.get("orderedItems").size()).isGreaterThanOrEqualTo(3);
        assertThat(second.at("/orderedItems/0/object/content").asText()).contains("Notice 3");
    }

    @Test
    void unknownActorsHaveNoCollections() {
        assertThat(http().get("/actors/nobody/outbox", AP).statusCode()).isEqualTo(404);
    }
}
