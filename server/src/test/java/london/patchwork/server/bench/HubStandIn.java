package london.patchwork.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.testing.RemoteServer;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A Patchwork hub as another instance sees it, without running one: a real HTTP server on its own 127.0.0.1 port (its
 * own origin) serving the hub's Group (with {@code area} and the {@code hubEvents}/{@code hubAssets} collection
 * links), an outbox of the Group's public {@code Create(Note)}s, and collections of {@code Event}s and
 * {@code Place}s, paged 50 newest first with each object embedded as its own id serves it (docs/FEDERATION.md).
 * Pages are at {@code /page/N} paths rather than {@code ?page=N}: the stand-in serves by path.
 */
final class HubStandIn implements AutoCloseable {

    static final String WORD = "allotment";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final int PAGE = 50;
    private static final String[] AREAS = {"Hackney", "Camden", "Lambeth", "Southwark", "Newham"};
    private static final String[] CATEGORIES = {"COMMUNITY", "MUSIC", "FOOD_DRINK", "LEARNING", "OUTDOORS"};
    private static final String[] WORDS = {"Repair cafe", "Choir", "Food bank", "Library", "Youth club", "Market",
        "Advice centre", "Reading group"};

    private final RemoteServer server = new RemoteServer();
    private final URI group;
    private final String name;
    final int posts;
    final int events;
    final int assets;

    HubStandIn(int index, int items) {
        name = "hub" + index;
        posts = items * 2 / 5;
        events = items * 3 / 10;
        assets = items - posts - events;
        group = server.addActor(name);
        ObjectNode actor = server.document("/users/" + name);
        actor.set("@context", JSON.createArrayNode().add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/v1").add("https://patchwork.london/ns"));
        actor.put("type", "Group").put("name", "Hub " + index).put("area", AREAS[index % AREAS.length])
                .put("hubEvents", group + "/collections/events").put("hubAssets", group + "/collections/assets");
        server.put("/users/" + name, actor);
        Random random = new Random(index);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<JsonNode> outbox = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            outbox.add(create(note(i, now.minusSeconds(60L * (posts - i)))));
        }
        List<JsonNode> calendar = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            calendar.add(event(i, now.minusSeconds(60L * (events - i)), now.plus(1 + random.nextInt(120),
                    ChronoUnit.DAYS), random));
        }
        List<JsonNode> map = new ArrayList<>();
        for (int i = 0; i < assets; i++) {
            map.add(place(i, now.minusSeconds(60L * (assets - i)), random));
        }
        collection("/users/" + name + "/outbox", outbox);
        collection("/users/" + name + "/collections/events", calendar);
        collection("/users/" + name + "/collections/assets", map);
    }

    int items() {
        return posts + events + assets;
    }

    URI group() {
        return group;
    }

    String origin() {
        return server.base();
    }

    /** The id of the Follow this hub's Group has been sent, once it has. */
    Optional<String> follow() {
        return server.received().stream().map(RemoteServer.Received::body)
                .filter(body -> body.path("type").asText().equals("Follow")).map(body -> body.path("id").asText())
                .findFirst();
    }

    /** The Group accepts the follow, signed, at the following hub's inbox. */
    int accept(String followId, String inbox) {
        ObjectNode accept = JSON.createObjectNode();
        accept.put("@context", "https://www.w3.org/ns/activitystreams").put("id", group + "#accepts/1")
                .put("type", "Accept").put("actor", group.toString()).put("object", followId);
        return server.deliver(group, inbox, accept).statusCode();
    }

    private ObjectNode base(String path, String type, Instant published) {
        ObjectNode object = JSON.createObjectNode();
        object.set("@context", JSON.createArrayNode().add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/v1").add("https://patchwork.london/ns"));
        object.put("id", server.base() + path).put("type", type).put("attributedTo", group.toString())
                .put("url", server.base() + path).put("published", published.toString())
                .put("updated", published.toString());
        object.putArray("to").add(PUBLIC);
        object.putArray("cc").add(group + "/followers");
        return object;
    }

    private static String title(int i, String kind) {
        return (i % 100 == 0 ? "Community " + WORD + " " : WORDS[i % WORDS.length] + " ") + kind + " " + i;
    }

    private ObjectNode note(int i, Instant published) {
        ObjectNode note = base("/users/" + name + "/statuses/" + i, "Note", published);
        note.put("content", "<p>" + title(i, "news") + ": open to everyone nearby, bring a friend.</p>")
                .put("mediaType", "text/html");
        server.put("/users/" + name + "/statuses/" + i, note);
        return note;
    }

    private JsonNode create(ObjectNode note) {
        ObjectNode create = JSON.createObjectNode();
        create.set("@context", note.get("@context"));
        ObjectNode object = note.deepCopy();
        object.remove("@context");
        create.put("id", note.get("id").asText() + "/activity").put("type", "Create").put("actor", group.toString())
                .put("published", note.get("published").asText());
        create.set("to", note.get("to"));
        create.set("cc", note.get("cc"));
        create.set("object", object);
        return create;
    }

    private ObjectNode event(int i, Instant published, Instant starts, Random random) {
        ObjectNode event = base("/events/" + i, "Event", published);
        event.put("name", title(i, "evening")).put("content", "<p>Everyone welcome; tea and cake.</p>")
                .put("mediaType", "text/html").put("startTime", starts.toString())
                .put("endTime", starts.plus(2, ChronoUnit.HOURS).toString()).put("timezone", "Europe/London")
                .put("category", CATEGORIES[i % CATEGORIES.length]).put("joinMode", "free")
                .put("isOnline", false);
        ObjectNode location = event.putObject("location");
        location.put("type", "Place").put("name", "Hall " + i);
        coordinates(location, random);
        location.putObject("address").put("type", "PostalAddress").put("streetAddress", i + " High Street")
                .put("postalCode", "E8 1AA");
        server.put("/events/" + i, event);
        return event;
    }

    private ObjectNode place(int i, Instant published, Random random) {
        ObjectNode place = base("/assets/" + i, "Place", published);
        String description = "A place for " + WORDS[i % WORDS.length].toLowerCase(Locale.ROOT) + ", open to all.";
        place.put("name", title(i, "place")).put("summary", description)
                .put("content", "<p>" + description + "</p>").put("mediaType", "text/html")
                .put("assetKind", "place").put("category", "Physical spaces")
                .put("categorySlug", "physical-spaces").put("assetStatus", "active");
        coordinates(place, random);
        place.putObject("address").put("type", "PostalAddress").put("streetAddress", i + " Market Road")
                .put("postalCode", "N7 9PL");
        server.put("/assets/" + i, place);
        return place;
    }

    /** Somewhere in Greater London. */
    private static void coordinates(ObjectNode object, Random random) {
        object.put("latitude", 51.29 + random.nextDouble() * 0.40).put("longitude", -0.51 + random.nextDouble() * 0.84);
    }

    /** An OrderedCollection with its first page, and its pages of 50, newest first. */
    private void collection(String path, List<JsonNode> oldestFirst) {
        List<JsonNode> items = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(items);
        int pages = Math.max(1, (items.size() + PAGE - 1) / PAGE);
        ObjectNode collection = JSON.createObjectNode();
        collection.put("@context", "https://www.w3.org/ns/activitystreams").put("id", server.base() + path)
                .put("type", "OrderedCollection").put("totalItems", items.size())
                .put("first", server.base() + path + "/page/1");
        server.put(path, collection);
        for (int p = 1; p <= pages; p++) {
            ObjectNode page = JSON.createObjectNode();
            page.set("@context", JSON.createArrayNode().add("https://www.w3.org/ns/activitystreams")
                    .add("https://w3id.org/security/v1").add("https://patchwork.london/ns"));
            page.put("id", server.base() + path + "/page/" + p).put("type", "OrderedCollectionPage")
                    .put("partOf", server.base() + path);
            if (p < pages) {
                page.put("next", server.base() + path + "/page/" + (p + 1));
            }
            ArrayNode ordered = page.putArray("orderedItems");
            for (JsonNode item : items.subList((p - 1) * PAGE, Math.min(items.size(), p * PAGE))) {
                ObjectNode copy = item.deepCopy();
                copy.remove("@context");
                ordered.add(copy);
            }
            server.put(path + "/page/" + p, page);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
