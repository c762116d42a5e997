package london.patchwork.federation.conformance;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import london.patchwork.federation.vocab.Application;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Event;
import london.patchwork.federation.vocab.GenericActivity;
import london.patchwork.federation.vocab.GenericObject;
import london.patchwork.federation.vocab.Group;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Join;
import london.patchwork.federation.vocab.Leave;
import london.patchwork.federation.vocab.Link;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.Place;
import london.patchwork.federation.vocab.PropertyValue;

/** Mobilizon, Gancio and FEP-8a8e documents: events and places. */
final class EventExpectations {

    private EventExpectations() {
    }

    static void register(Map<String, PeerExpectations.Expectation> e) {
        e.put("mobilizon/event.json", (r, c) -> {
            Event ev = c.is(r, Event.class);
            c.eq("startTime", ev.fields().startTime(), OffsetDateTime.parse("2022-12-11T19:00:00+00:00"));
            c.eq("endTime", ev.fields().endTime(), OffsetDateTime.parse("2022-12-11T21:00:00+00:00"));
            c.eq("name (no 'und' language map)", ev.fields().name(), "Caledonian scottish dance class");
            Place place = c.embedded("location", ev.fields().location().get(0), Place.class);
            c.eq("latitude", place.latitude(), 50.66881615);
            c.eq("longitude", place.longitude(), -3.537739788359949);
            c.eq("postalCode", place.address().postalCode(), "EX6 7TW");
            c.eq("timezone", ev.event().timezone(), "Europe/London");
            c.eq("ical:status", ev.event().status(), "CONFIRMED");
            c.eq("joinMode", ev.event().joinMode(), "free");
            c.eq("category", ev.event().category(), "SPORTS");
            c.eq("uuid", ev.event().uuid(), "b81c0531-a57c-497d-93ba-af0f8b255498");
            c.eq("isOnline", ev.event().isOnline(), false);
            c.eq("participantCount", ev.event().participantCount(), 0);
            c.eq("maximumAttendeeCapacity", ev.event().maximumAttendeeCapacity(), 0);
            c.eq("commentsEnabled", ev.event().commentsEnabled(), true);
            c.eq("anonymousParticipationEnabled", ev.event().anonymousParticipationEnabled(), true);
            c.ref("attributedTo (group)", ev.fields().attributedTo().get(0), "https://rendezvous.nomagic.uk/@devon_caledonian_society");
            c.that("hashtags", ev.fields().hashtags(), List::size, 3);
        });
        e.put("mobilizon/create-event.json", (r, c) -> {
            Event ev = c.embedded("object", c.is(r, Create.class).object().orElseThrow(), Event.class);
            Place place = c.embedded("location", ev.fields().location().get(0), Place.class);
            c.eq("addressLocality", place.address().addressLocality(), "Lyon");
            c.that("link attachments", ev.fields().attachment(), l -> l.stream().filter(x -> x.embedded(Link.class).isPresent()).count(), 2L);
            c.eq("uuid", ev.event().uuid(), "109ccdfd-ee3e-46e1-a877-6c228763df0c");
            c.eq("startTime", ev.fields().startTime(), OffsetDateTime.parse("2018-02-12T14:08:20Z"));
        });
        e.put("mobilizon/group.json", (r, c) -> {
            Group g = c.is(r, Group.class);
            c.eq("sharedInbox", g.sharedInbox(), URI.create("https://mobilizon.fr/inbox"));
            c.eq("publicKey.owner", g.publicKeys().get(0).owner(), g.id());
            c.embedded("location", g.fields().location().get(0), Place.class);
        });
        e.put("mobilizon/person.json", (r, c) -> c.eq("sharedInbox", c.is(r, Person.class).sharedInbox(), URI.create("https://mobilizon.fr/inbox")));
        e.put("mobilizon/join-event.json", (r, c) -> c.ref("object", c.is(r, Join.class).object().orElseThrow(), "http://mobilizon.test/events/some-uuid"));
        e.put("mobilizon/leave-event.json", (r, c) -> c.ref("object", c.is(r, Leave.class).object().orElseThrow(), "http://mobilizon.test/events/some-uuid"));
        e.put("mobilizon/invite-group.json", (r, c) -> c.ref("target", c.is(r, GenericActivity.class).target().orElseThrow(), "http://mobilizon.test/@someuser"));

        e.put("gancio/actor-application.json", (r, c) -> {
            Application a = c.is(r, Application.class);
            c.eq("profile field despite the context typo", c.embedded("attachment", a.fields().attachment().get(0), PropertyValue.class).name(), "Website");
            c.eq("publicKey.owner", a.publicKeys().get(0).owner(), a.id());
        });
        e.put("gancio/create-event.json", (r, c) -> {
            Event ev = c.embedded("object", c.is(r, Create.class).object().orElseThrow(), Event.class);
            c.eq("startTime keeps its offset", ev.fields().startTime(), OffsetDateTime.parse("2021-07-14T17:30:57+02:00"));
            c.eq("untyped location is a Place", c.embedded("location", ev.fields().location().get(0), Place.class).fields().name(), "Colosseo");
            c.eq("relative hashtag href", c.embedded("tag", ev.fields().tag().get(0), Hashtag.class).href(), URI.create("/tags/test"));
        });
        e.put("gancio/place-postal-address.json", (r, c) -> c.eq("addressLocality", c.is(r, Place.class).address().addressLocality(), "Fediverse Town"));
        e.put("gancio/place-string-address.json", (r, c) -> c.eq("addressText", c.is(r, Place.class).addressText(), "Simple string address"));
        e.put("gancio/place-virtual-location.json", (r, c) -> {
            Place p = c.is(r, Place.class);
            c.eq("no postal address", p.address(), null);
            c.eq("VirtualLocation kept", p.extra().get("address").orElseThrow().get("type").asText(), "VirtualLocation");
        });
        e.put("fep/fep-8a8e-event-postal-address.json", (r, c) -> {
            Event ev = c.is(r, Event.class);
            Place place = c.embedded("location", ev.fields().location().get(0), Place.class);
            c.eq("latitude", place.latitude(), 47.077892);
            c.eq("longitude", place.longitude(), 15.460744);
            c.eq("empty id is no id", place.id(), null);
            c.eq("streetAddress", place.address().streetAddress(), "15 Fediverse Street");
            c.eq("startTime", ev.fields().startTime(), OffsetDateTime.parse("2014-12-31T23:00:00-08:00"));
        });
        e.put("fep/fep-8a8e-event-hybrid.json", (r, c) -> {
            Event ev = c.is(r, Event.class);
            c.that("locations", ev.fields().location(), List::size, 3);
            c.eq("addressText", c.embedded("location", ev.fields().location().get(0), Place.class).addressText(),
                    "15 Fediverse Street, 1337 Fediverse Town, Fediverse Country");
            c.eq("VirtualLocation", c.embedded("location", ev.fields().location().get(1), GenericObject.class).type(), "VirtualLocation");
        });
    }
}
