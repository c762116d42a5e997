package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events as Mobilizon, Gancio and FEP-8a8e publish them (the documents in ../shared/fixtures/peers, their URLs
 * pointed at a stand-in server) arrive in the hub's calendar with the right times, zones and places: an address as
 * an object or a string, several locations, a VirtualLocation, no end time, no zone but an offset.
 */
@MicronautTest(transactional = false)
class EventFixturesIT extends HubTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject InboxActivityRepository inbox;
    @Inject CalendarEventRepository events;

    private RemoteServer peer;

    @BeforeAll
    void start() {
        SharedFixtures.root();
        peer = new RemoteServer();
    }

    @AfterAll
    void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void aMobilizonEventWithItsZonePostalAddressAndCoordinates() {
        URI actor = peer.addActor("emorrp1");
        JsonNode event = SharedFixtures.peer("mobilizon/event.json", Map.of(
                "https://rendezvous.nomagic.uk/@emorrp1", actor.toString(),
                "https://rendezvous.nomagic.uk", peer.base()));
        CalendarEvent stored = deliverCreate(actor, (ObjectNode) event);
        assertThat(stored.title()).isEqualTo("Caledonian scottish dance class");
        assertThat(stored.startsAt()).isEqualTo(Instant.parse("2022-12-11T19:00:00Z"));
        assertThat(stored.endsAt()).isEqualTo(Instant.parse("2022-12-11T21:00:00Z"));
        assertThat(stored.timeZone()).isEqualTo("Europe/London");
        assertThat(stored.placeName()).isEqualTo("The Kenn Centre");
        assertThat(stored.streetAddress()).isEqualTo("Devon Expressway");
        assertThat(stored.locality()).isEqualTo("Teignbridge");
        assertThat(stored.postcode()).isEqualTo("EX6 7TW");
        assertThat(stored.country()).isEqualTo("United Kingdom");
        assertThat(stored.latitude()).isEqualTo(50.66881615);
        assertThat(stored.capacity()).isNull();
        assertThat(stored.tags()).contains("dance", "caledonian");
        assertThat(stored.imageUrl()).startsWith(peer.base() + "/media/");
        assertThat(stored.status()).isEqualTo(EventStatus.CONFIRMED);
        assertThat(http().get("/events/2022/12", "text/html").body()).contains("Caledonian scottish dance class");
        assertThat(http().get("/events/" + stored.id(), "text/html").body()).contains("Sunday 11 December 2022, "
                + "19:00–21:00 (Europe/London)").contains("The Kenn Centre, Devon Expressway, Teignbridge");
    }

    @Test
    void aMobilizonCreateWithNoEndTime() {
        URI actor = peer.addActor("metacartes");
        JsonNode create = SharedFixtures.peer("mobilizon/create-event.json", Map.of(
                "https://mobilizon.fr/@metacartes", actor.toString(),
                "https://mobilizon.fr", peer.base()));
        CalendarEvent stored = deliverCreate(actor, (ObjectNode) create.get("object"));
        assertThat(stored.startsAt()).isEqualTo(Instant.parse("2018-02-12T14:08:20Z"));
        assertThat(stored.endsAt()).isNull();
        assertThat(stored.placeName()).isEqualTo("Locaux de Framasoft");
        assertThat(stored.locality()).isEqualTo("Lyon");
        assertThat(stored.postcode()).isEqualTo("69007");
    }

    @Test
    void aGancioEventWithAnOffsetAndAPlaceName() {
        URI actor = peer.addActor("gancio");
        JsonNode create = SharedFixtures.peer("gancio/create-event.json", Map.of(
                "https://demo.gancio.org/federation/u/gancio", actor.toString(),
                "https://demo.gancio.org", peer.base()));
        CalendarEvent stored = deliverCreate(actor, (ObjectNode) create.get("object"));
        assertThat(stored.startsAt()).isEqualTo(Instant.parse("2021-07-14T15:30:57Z"));
        assertThat(stored.endsAt()).isEqualTo(Instant.parse("2021-07-14T16:30:57Z"));
        assertThat(stored.timeZone()).isEqualTo("+02:00");
        assertThat(stored.localStart().toString()).isEqualTo("2021-07-14T17:30:57");
        assertThat(stored.placeName()).isEqualTo("Colosseo");
        assertThat(stored.tags()).containsExactly("test");
    }

    @Test
    void gancioPlacesWithAStringAddressAndAVirtualLocation() {
        URI actor = peer.addActor("gancio-places");
        ObjectNode event = event(actor, "/federation/m/2", "Online and offline");
        ArrayNode locations = event.putArray("location");
        locations.add(SharedFixtures.peer("gancio/place-string-address.json", Map.of()));
        locations.add(SharedFixtures.peer("gancio/place-virtual-location.json", Map.of()));
        CalendarEvent stored = deliverCreate(actor, event);
        assertThat(stored.placeName()).isEqualTo("Location with a simple string address");
        assertThat(stored.streetAddress()).isEqualTo("Simple string address");
        assertThat(stored.onlineUrl()).isEqualTo("https://virtual.location.org");
        assertThat(stored.hybrid()).isTrue();
    }

    @Test
    void fep8a8eHybridEventWithSeveralLocations() {
        URI actor = peer.addActor("fep-hybrid");
        JsonNode event = SharedFixtures.peer("fep/fep-8a8e-event-hybrid.json", Map.of(
                "https://example.org/new-year-party", peer.base() + "/fep/hybrid"));
        CalendarEvent stored = deliverCreate(actor, (ObjectNode) event);
        assertThat(stored.startsAt()).isEqualTo(Instant.parse("2015-01-01T07:00:00Z"));
        assertThat(stored.endsAt()).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
        assertThat(stored.timeZone()).isEqualTo("-08:00");
        assertThat(stored.placeName()).isEqualTo("Fediverse University");
        assertThat(stored.streetAddress()).isEqualTo("15 Fediverse Street, 1337 Fediverse Town, Fediverse Country");
        assertThat(stored.onlineUrl()).isEqualTo("https://bbb.example.com/meeting-room-1");
    }

    @Test
    void fep8a8eEventWithAPostalAddress() {
        URI actor = peer.addActor("fep-postal");
        JsonNode event = SharedFixtures.peer("fep/fep-8a8e-event-postal-address.json", Map.of(
                "https://example.org/new-year-party", peer.base() + "/fep/postal"));
        CalendarEvent stored = deliverCreate(actor, (ObjectNode) event);
        assertThat(stored.title()).isEqualTo("New years party");
        assertThat(stored.placeName()).isEqualTo("Foo Bar");
        assertThat(stored.locality()).isEqualTo("Fediverse Town");
        assertThat(stored.region()).isEqualTo("Steiermark");
        assertThat(stored.country()).isEqualTo("Austria");
        assertThat(stored.latitude()).isEqualTo(47.077892);
        assertThat(stored.longitude()).isEqualTo(15.460744);
    }

    private ObjectNode event(URI actor, String path, String name) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", peer.base() + path).put("type", "Event").put("name", name)
                .put("attributedTo", actor.toString()).put("startTime", "2031-03-01T18:00:00+00:00");
        return event;
    }

    /** Wraps the event in a Create from {@code actor}, addressed to the hub so it belongs here, and waits for it. */
    private CalendarEvent deliverCreate(URI actor, ObjectNode event) {
        ArrayNode cc = event.has("cc") && event.get("cc").isArray() ? (ArrayNode) event.get("cc")
                : event.putArray("cc");
        cc.add(baseUrl() + "/actors/hackney");
        ObjectNode create = JSON.createObjectNode();
        JsonNode context = event.remove("@context");
        if (context != null) {
            create.set("@context", context);
        } else {
            create.put("@context", "https://www.w3.org/ns/activitystreams");
        }
        create.put("id", actor + "/create/" + event.get("id").asText().hashCode()).put("type", "Create")
                .put("actor", actor.toString());
        create.set("object", event);
        var response = peer.deliver(actor, baseUrl() + "/inbox", create);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = create.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return events.findByUri(event.get("id").asText()).orElseThrow(() -> new AssertionError("not kept: "
                + inbox.findByActivityUri(id).orElseThrow()));
    }
}
