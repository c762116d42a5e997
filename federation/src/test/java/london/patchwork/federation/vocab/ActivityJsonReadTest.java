package london.patchwork.federation.vocab;

import static london.patchwork.federation.conformance.SharedFixtures.own;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityJsonReadTest {

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    @Test
    void mastodonCreateNote() {
        Create create = json.read(own("mastodon.example/users/ada/statuses/110/activity.json"), Create.class);
        assertThat(create.id()).hasToString("https://mastodon.example/users/ada/statuses/110/activity");
        assertThat(create.actor().orElseThrow().id()).hasToString("https://mastodon.example/users/ada");
        assertThat(create.to()).extracting(Ref::id).containsExactly(Addressing.PUBLIC);
        assertThat(create.published()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));

        Note note = create.object().orElseThrow().embedded(Note.class).orElseThrow();
        ObjectFields f = note.fields();
        assertThat(f.isPublic()).isTrue();
        assertThat(f.attributedToId()).hasToString("https://mastodon.example/users/ada");
        assertThat(f.summary()).isNull();
        assertThat(f.inReplyTo()).isEmpty();
        assertThat(f.sensitive()).isFalse();
        assertThat(f.content()).startsWith("<p>The repair café");
        assertThat(f.contentMap()).containsOnlyKeys("en");
        assertThat(f.conversation()).startsWith("tag:mastodon.example,2025-03-14");
        assertThat(f.url()).extracting(Ref::id).containsExactly(URI.create("https://mastodon.example/@ada/110"));
        assertThat(f.mentions()).extracting(Mention::href).containsExactly(URI.create("https://hackney.example/users/hackney"));
        assertThat(f.hashtags()).extracting(Hashtag::name).containsExactly("#repaircafe");
        assertThat(note.extra().get("atomUri").orElseThrow().asText()).isEqualTo("https://mastodon.example/users/ada/statuses/110");

        Document photo = f.attachment().get(0).embedded(Document.class).orElseThrow();
        assertThat(photo.fields().name()).isEqualTo("A row of kettles on a trestle table");
        assertThat(photo.media().width()).isEqualTo(1200);
        assertThat(photo.media().focalPoint()).containsExactly(0.0, -0.25);
        assertThat(photo.media().blurhash()).startsWith("UBL_");

        Collection replies = f.replies().embedded(Collection.class).orElseThrow();
        CollectionPage first = replies.collection().first().embedded(CollectionPage.class).orElseThrow();
        assertThat(first.collection().partOf().id()).isEqualTo(replies.id());
        assertThat(first.collection().items()).isEmpty();
    }

    @Test
    void aGancioPlaceWhoseAddressIsAVirtualLocationKeepsIt() {
        Place place = json.read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "https://virtual.location.org",
                 "type": "Place", "name": "A Virtual location",
                 "address": {"type": "VirtualLocation", "url": "https://virtual.location.org"}}
                """.getBytes(), Place.class);
        assertThat(place.address()).isNull();
        assertThat(place.addressText()).isNull();
        assertThat(place.extra().get("address").orElseThrow().path("url").asText())
                .isEqualTo("https://virtual.location.org");
        assertThat(json.toJson(place).at("/address/type").asText()).isEqualTo("VirtualLocation");
    }

    @Test
    void fep8a8eEventStatusIsRead() {
        Event event = json.read("""
                {"@context": ["https://www.w3.org/ns/activitystreams", "https://schema.org"],
                 "type": "Event", "id": "https://events.example/e/1", "name": "Cancelled walk",
                 "startTime": "2026-10-25T10:00:00Z", "eventStatus": "https://schema.org/EventCancelled"}
                """.getBytes(), Event.class);
        assertThat(event.event().eventStatus()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(json.toJson(event).get("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
    }

    @Test
    void mobilizonEventWithPlaceAndPostalAddress() {
        Event event = json.read(own("mobilizon.example/events/ceilidh.json"), Event.class);
        assertThat(event.fields().name()).isEqualTo("Community ceilidh at the Round Chapel");
        assertThat(event.fields().nameMap()).isEmpty();
        assertThat(event.fields().startTime()).isEqualTo(OffsetDateTime.of(2025, 5, 17, 19, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(event.fields().endTime().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(event.fields().attributedToId()).hasToString("https://mobilizon.example/@clapton_folk");

        EventFields e = event.event();
        assertThat(e).isEqualTo(new EventFields("Europe/London", "free", false, "MUSIC", 120, 87, 33, "CONFIRMED",
                true, true, "5d1c2a8e-6f3b-4c9a-9d0e-2b7f4a1c8e30", null));

        Place place = event.fields().location().get(0).embedded(Place.class).orElseThrow();
        assertThat(place.fields().name()).isEqualTo("The Round Chapel");
        assertThat(place.latitude()).isEqualTo(51.5525);
        assertThat(place.longitude()).isEqualTo(-0.0552);
        assertThat(place.address()).isEqualTo(PostalAddress.of("1d Glenarm Road", "London", "England", "E5 0LY", "United Kingdom"));
        assertThat(event.extra().names()).contains("actor", "draft", "mz:repliesModerationOption");
    }

    @Test
    void lemmyGroupWithoutContext() {
        Group group = json.read(own("lemmy.example/c/gardening.json"), Group.class);
        assertThat(group.preferredUsername()).isEqualTo("gardening");
        assertThat(group.inbox()).hasToString("https://lemmy.example/c/gardening/inbox");
        assertThat(group.sharedInbox()).hasToString("https://lemmy.example/inbox");
        assertThat(group.followers()).hasToString("https://lemmy.example/c/gardening/followers");
        assertThat(group.actorFields().postingRestrictedToMods()).isTrue();
        assertThat(group.actorFields().moderators().id()).hasToString("https://lemmy.example/c/gardening/moderators");
        assertThat(group.fields().attributedToId()).hasToString("https://lemmy.example/c/gardening/moderators");
        assertThat(group.fields().source()).isEqualTo(Source.of("Allotments, seed swaps and growing spaces across east London.", "text/markdown"));
        assertThat(group.publicKeys()).extracting(PublicKey::owner).containsExactly(group.id());
        assertThat(group.fields().published()).isEqualTo(Instant.parse("2024-01-05T10:00:00.123456Z"));
        assertThat(group.extra().get("language").orElseThrow().get("identifier").asText()).isEqualTo("en");
    }

    @Test
    void hubGroupWithMultikeyAndProfileField() {
        Group hub = json.read(own("hackney.example/users/hackney.json"), Group.class);
        assertThat(hub.actorFields().assertionMethod()).containsExactly(Multikey.of(
                URI.create("https://hackney.example/users/hackney#ed25519-key"), hub.id(),
                "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"));
        assertThat(hub.fields().attachment().get(0).embedded()).contains(
                PropertyValue.of("Website", "<a href=\"https://hackney.example/\">hackney.example</a>"));
        Image icon = hub.fields().icon().get(0).embedded(Image.class).orElseThrow();
        assertThat(icon.fields().mediaType()).isEqualTo("image/png");
        assertThat(hub.actorFields().discoverable()).isTrue();
        assertThat(hub.actorFields().indexable()).isTrue();
        assertThat(hub.actorFields().featured().id()).hasToString("https://hackney.example/users/hackney/featured");
        assertThat(hub.extra().isEmpty()).isTrue();
    }

    @Test
    void everySpellingOfPublicAndOfATermIsUnderstood() {
        Note note = json.read(own("prefixed.example/notes/1.json"), Note.class);
        assertThat(note.fields().sensitive()).isTrue();
        assertThat(note.fields().content()).isEqualTo("Spelled every way JSON-LD allows");
        assertThat(note.fields().to()).extracting(Ref::id).containsExactly(Addressing.PUBLIC);
        assertThat(note.fields().cc()).extracting(Ref::id).containsExactly(Addressing.PUBLIC);
        assertThat(note.fields().attributedToId()).hasToString("https://prefixed.example/users/bo");
    }

    @Test
    void unknownContextKeepsCoreFieldsAndExtras() {
        Note note = json.read(own("unknown-context.example/notes/1.json"), Note.class);
        assertThat(note.fields().content()).isEqualTo("Our context is not bundled anywhere");
        assertThat(note.fields().isPublic()).isTrue();
        assertThat(note.extra().get("sparkle").orElseThrow().asInt()).isEqualTo(11);
    }

    @Test
    void placeWithSchemaOrgContext() {
        Place place = json.read(own("places.example/assets/library.json"), Place.class);
        assertThat(List.of(place.latitude(), place.longitude(), place.altitude(), place.accuracy(), place.radius()))
                .containsExactly(51.5461, -0.0752, 20.0, 95.5, 50.0);
        assertThat(place.units()).isEqualTo("m");
        assertThat(place.address().postalCode()).isEqualTo("E8 3BQ");
        assertThat(place.addressText()).isNull();
        assertThat(place.fields().summary()).startsWith("Public library");
    }

    @Test
    void goToSocialActorWithMigrationFields() {
        Person person = json.read(own("gotosocial.example/users/turtle.json"), Person.class);
        assertThat(person.actorFields().alsoKnownAs()).containsExactly(URI.create("https://old.example/users/turtle"));
        assertThat(person.actorFields().movedTo()).hasToString("https://new.example/users/turtle");
        assertThat(person.actorFields().manuallyApprovesFollowers()).isTrue();
        assertThat(person.publicKeys().get(0).id()).hasToString("https://gotosocial.example/users/turtle/main-key");
        assertThat(person.fields().attachment().get(0).embedded()).contains(PropertyValue.of("pronouns", "they/them"));
    }

    @Test
    void pollOptionsDefaultToNotes() {
        Question poll = json.read(own("misskey.example/notes/poll.json"), Question.class);
        assertThat(poll.anyOf()).hasSize(2).allSatisfy(o -> assertThat(o.embedded(Note.class)).isPresent());
        Note thursday = poll.anyOf().get(1).embedded(Note.class).orElseThrow();
        assertThat(thursday.fields().name()).isEqualTo("Thursday");
        assertThat(thursday.fields().replies().embedded(Collection.class).orElseThrow().collection().totalItems()).isEqualTo(3);
        assertThat(poll.votersCount()).isEqualTo(7);
        assertThat(poll.fields().endTime()).isEqualTo(OffsetDateTime.parse("2025-06-01T18:00:00Z"));
        assertThat(poll.extra().names()).anyMatch(name -> name.endsWith("_misskey_content"));
    }

    @Test
    void typeArraysUnreadableValuesAndLanguageTags() {
        Relationship r = json.read(own("typed.example/objects/mixed.json"), Relationship.class);
        assertThat(r.extra().types()).containsExactly("https://typed.example/ns#Asset", "Note");
        assertThat(r.subject().id()).hasToString("https://typed.example/orgs/food-bank");
        assertThat(r.relationship()).extracting(Ref::id).containsExactly(URI.create("https://typed.example/ns#partnerOf"));
        assertThat(r.object()).hasSize(2);
        assertThat(r.object().get(1).embedded(Organization.class).orElseThrow().fields().name()).isEqualTo("Surgery");
        // unreadable values are kept, not dropped and not fatal
        assertThat(r.fields().published()).isNull();
        assertThat(r.extra().get("published").orElseThrow().asText()).isEqualTo("not a date");
        assertThat(r.extra().get("sensitive").orElseThrow().asText()).isEqualTo("maybe");
        assertThat(r.fields().nameMap()).containsOnlyKeys("en-gb", "cy");
    }

    @Test
    void unknownTypesBecomeGenericRecords() {
        ApObject block = json.read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "https://a.example/b/1", "type": "Block",
                 "actor": "https://a.example/u", "object": "https://b.example/u"}""".getBytes());
        assertThat(block).isInstanceOfSatisfying(GenericActivity.class, b -> {
            assertThat(b.type()).isEqualTo("Block");
            assertThat(b.object().orElseThrow().id()).hasToString("https://b.example/u");
        });
        ApObject video = json.read("{\"type\": [\"Video\", \"Thing\"], \"name\": \"clip\", \"duration\": \"PT2M\"}".getBytes());
        assertThat(video).isInstanceOfSatisfying(GenericObject.class, v -> {
            assertThat(v.type()).isEqualTo("Video");
            assertThat(v.extra().types()).containsExactly("Thing");
            assertThat(v.fields().name()).isEqualTo("clip");
            assertThat(v.extra().get("duration").orElseThrow().asText()).isEqualTo("PT2M");
        });
        // A document needs a type: an embedded object may take the one its position implies, a document has none.
        assertThatThrownBy(() -> json.read("{\"id\": \"https://a.example/x\", \"content\": \"?\"}".getBytes()))
                .isInstanceOf(VocabException.class).hasMessageContaining("needs a type");
    }

    @Test
    void firstKnownTypeOfAnArrayWins() {
        ApObject person = json.read("{\"type\": [\"foaf:Agent\", \"Person\", \"Service\"], \"inbox\": \"https://a.example/i\"}".getBytes());
        assertThat(person).isInstanceOf(Person.class);
        assertThat(person.extra().types()).containsExactly("foaf:Agent", "Service");
    }

    @Test
    void numbersKeepTheirExactValueInExtras() {
        ApObject note = json.read("{\"type\": \"Note\", \"score\": 50.66881615}".getBytes());
        assertThat(note.extra().get("score").orElseThrow().decimalValue()).isEqualByComparingTo(new BigDecimal("50.66881615"));
    }

    @Test
    void templatedIrisAreEscapedRatherThanRejected() {
        Application app = json.read("{\"type\": \"Application\", \"id\": \"https://{{DOMAIN}}/actor\"}".getBytes(), Application.class);
        assertThat(app.id()).hasToString("https://%7B%7BDOMAIN%7D%7D/actor");
    }
}
