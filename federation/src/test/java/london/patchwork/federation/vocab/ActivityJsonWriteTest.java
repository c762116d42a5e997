package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.CanonicalContext;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import org.junit.jupiter.api.Test;

class ActivityJsonWriteTest {

    private static final URI HUB = URI.create("https://hackney.example/users/hackney");
    private static final URI FOLLOWERS = URI.create("https://hackney.example/users/hackney/followers");

    private final ActivityJson json = ActivityJson.withDefaultLimits();
    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();

    private static Group hub() {
        ObjectFields profile = ObjectFields.builder()
                .name("Hackney Community Hub")
                .summary("<p>Posts, events and places from Hackney.</p>")
                .icon(new Image(null, ObjectFields.builder().mediaType("image/png")
                        .url(URI.create("https://hackney.example/logo.png")).build(), MediaFields.EMPTY, Extras.EMPTY))
                .attachment(PropertyValue.of("Website", "https://hackney.example/"))
                .build();
        ActorFields actor = ActorFields.builder()
                .preferredUsername("hackney")
                .inbox(URI.create("https://hackney.example/users/hackney/inbox"))
                .outbox(URI.create("https://hackney.example/users/hackney/outbox"))
                .followers(FOLLOWERS)
                .sharedInbox(URI.create("https://hackney.example/inbox"))
                .publicKey(PublicKey.of(URI.create(HUB + "#main-key"), HUB, "-----BEGIN PUBLIC KEY-----\n...\n"))
                .manuallyApprovesFollowers(false)
                .discoverable(true)
                .build();
        return new Group(HUB, profile, actor, Extras.EMPTY);
    }

    /** Reads what we wrote and checks it is the same record, and that it qualifies for the fast path. */
    private <T extends ApObject> T roundTrip(T record) {
        byte[] bytes = json.write(record);
        assertThat(normaliser.normalise(bytes).path()).isEqualTo(JsonLdNormaliser.Path.FAST);
        @SuppressWarnings("unchecked")
        T again = (T) json.read(bytes);
        assertThat(again).isEqualTo(record);
        return again;
    }

    private static void assertNoNestedContext(JsonNode node, boolean root) {
        if (!root) {
            assertThat(node.has("@context")).isFalse();
        }
        node.elements().forEachRemaining(child -> assertNoNestedContext(child, false));
    }

    @Test
    void hubGroupActor() {
        JsonNode out = json.toJson(hub());
        assertThat(out.get("@context")).isEqualTo(CanonicalContext.get().json());
        assertThat(out.get("type").asText()).isEqualTo("Group");
        assertThat(out.at("/endpoints/sharedInbox").asText()).isEqualTo("https://hackney.example/inbox");
        assertThat(out.at("/publicKey/owner").asText()).isEqualTo(HUB.toString());
        assertThat(out.at("/attachment/0/type").asText()).isEqualTo("PropertyValue");
        assertThat(out.at("/icon/type").asText()).isEqualTo("Image");
        assertThat(out.get("discoverable").asBoolean()).isTrue();
        assertNoNestedContext(out, true);
        roundTrip(hub());
    }

    @Test
    void announcedCreateOfANote() {
        Note note = new Note(URI.create("https://hackney.example/notes/1"), ObjectFields.builder()
                .attributedTo(HUB)
                .content("<p>Seed swap on Sunday</p>")
                .contentMap(java.util.Map.of("en", "<p>Seed swap on Sunday</p>"))
                .to(Addressing.PUBLIC)
                .cc(FOLLOWERS)
                .published(Instant.parse("2025-03-01T10:00:00Z"))
                .tag(Hashtag.of(URI.create("https://hackney.example/tags/seeds"), "#seeds"),
                        Mention.of(URI.create("https://mastodon.example/users/ada"), "@ada@mastodon.example"))
                .build(), Extras.EMPTY);
        ObjectFields addressing = ObjectFields.builder().to(Addressing.PUBLIC).cc(FOLLOWERS)
                .published(Instant.parse("2025-03-01T10:00:00Z")).build();
        Create create = Activity.of(Create::new, URI.create("https://hackney.example/notes/1/create"), HUB, Ref.of(note), addressing);
        Announce announce = Activity.of(Announce::new, URI.create("https://hackney.example/notes/1/announce"), HUB, Ref.of(create), addressing);

        JsonNode out = json.toJson(announce);
        assertThat(out.get("to").isArray()).isTrue();
        assertThat(out.at("/to/0").asText()).isEqualTo("https://www.w3.org/ns/activitystreams#Public");
        assertThat(out.at("/object/type").asText()).isEqualTo("Create");
        assertThat(out.at("/object/object/tag").size()).isEqualTo(2);
        assertThat(out.at("/object/object/attributedTo").asText()).isEqualTo(HUB.toString());
        assertNoNestedContext(out, true);

        Announce again = roundTrip(announce);
        assertThat(again.object().orElseThrow().embedded(Create.class).orElseThrow().objects()).hasSize(1);
    }

    @Test
    void eventAtAPlace() {
        Place place = new Place(URI.create("https://hackney.example/places/round-chapel"),
                ObjectFields.builder().name("The Round Chapel").build(), 51.5525, -0.0552, null, null, null, null,
                PostalAddress.of("1d Glenarm Road", "London", null, "E5 0LY", "GB"), null, AssetFields.EMPTY, Extras.EMPTY);
        Event event = new Event(URI.create("https://hackney.example/events/ceilidh"), ObjectFields.builder()
                .name("Ceilidh")
                .startTime(OffsetDateTime.parse("2025-05-17T19:00:00+01:00"))
                .endTime(OffsetDateTime.parse("2025-05-17T22:30:00+01:00"))
                .location(place)
                .to(Addressing.PUBLIC)
                .build(),
                new EventFields("Europe/London", "free", false, null, 120, null, 0, "CONFIRMED", true, false, null,
                        "https://schema.org/EventScheduled"),
                Extras.EMPTY);
        JsonNode out = json.toJson(event);
        assertThat(out.get("startTime").asText()).isEqualTo("2025-05-17T19:00:00+01:00");
        assertThat(out.get("ical:status").asText()).isEqualTo("CONFIRMED");
        assertThat(out.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(out.at("/location/address/type").asText()).isEqualTo("PostalAddress");
        assertThat(out.at("/location/latitude").asDouble()).isEqualTo(51.5525);
        roundTrip(event);
    }

    @Test
    void relationshipsAndAcceptsOfEmbeddedFollows() {
        roundTrip(Relationship.between(URI.create("https://hackney.example/rel/1"),
                URI.create("https://hackney.example/orgs/food-bank"), URI.create("https://hackney.example/ns#partnerOf"),
                URI.create("https://hackney.example/orgs/school")));
        Follow follow = new Follow(URI.create("https://mastodon.example/follows/9"), ObjectFields.EMPTY,
                ActivityFields.of(URI.create("https://mastodon.example/users/ada"), HUB), Extras.EMPTY);
        Accept accept = Activity.of(Accept::new, URI.create("https://hackney.example/accepts/9"), HUB, Ref.of(follow),
                ObjectFields.builder().to(URI.create("https://mastodon.example/users/ada")).build());
        assertThat(json.toJson(accept).at("/object/actor").asText()).isEqualTo("https://mastodon.example/users/ada");
        roundTrip(accept);
        roundTrip(new Add(URI.create("https://hackney.example/add/1"), ObjectFields.EMPTY,
                ActivityFields.of(HUB, URI.create("https://hackney.example/notes/1"))
                        .withTarget(URI.create("https://hackney.example/users/hackney/featured")), Extras.EMPTY));
    }

    @Test
    void extrasAndExtraTypesAreWrittenBack() {
        ApObject read = json.read(SharedFixtures.own("typed.example/objects/mixed.json"));
        JsonNode out = json.toJson(read);
        assertThat(out.get("published").asText()).isEqualTo("not a date");
        assertThat(out.get("type")).hasSize(3);
        assertThat(out.at("/type/0").asText()).isEqualTo("Relationship");
        assertThat(json.read(json.write(read))).isEqualTo(read);
    }

    @Test
    void collectionsWriteOrderedItemsOnlyWhenOrdered() {
        List<Ref<ApObject>> items = List.of(Ref.to(URI.create("https://a.example/1")));
        JsonNode ordered = json.toJson(new OrderedCollection(URI.create("https://a.example/c"), ObjectFields.EMPTY,
                CollectionFields.of(items), Extras.EMPTY));
        JsonNode unordered = json.toJson(new Collection(URI.create("https://a.example/c"), ObjectFields.EMPTY,
                CollectionFields.of(items), Extras.EMPTY));
        assertThat(ordered.get("orderedItems").isArray()).isTrue();
        assertThat(ordered.has("items")).isFalse();
        assertThat(unordered.get("items").isArray()).isTrue();
        assertThat(ordered.get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void absentComponentsAreWrittenAsEmpty() {
        JsonNode out = json.toJson(new Note(null, null, null));
        assertThat(out.get("type").asText()).isEqualTo("Note");
        assertThat(out.size()).isEqualTo(2);
    }
}
