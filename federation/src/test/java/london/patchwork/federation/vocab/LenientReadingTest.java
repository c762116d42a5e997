package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A malformed optional value costs that value, never the document: what identity needs is strict
 * (IdentityStaysStrictTest), everything else is read leniently, on both normalisation paths.
 */
class LenientReadingTest {

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    private ApObject read(String doc, Strategy strategy) {
        return json.read(doc.getBytes(StandardCharsets.UTF_8), strategy);
    }

    /**
     * The ActivityPub plugin for WordPress writes avatar URLs HTML-escaped ({@code &#038;} for
     * {@code &}); the second {@code #} makes the URL unparseable. The author is still an actor.
     */
    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aWordPressAuthorWithAnHtmlEscapedAvatarUrlIsStillAnActor(Strategy strategy) {
        Person ann = (Person) json.read(SharedFixtures.own("wordpress.example/author.json"), strategy);

        assertThat(ann.id()).hasToString("https://wordpress.example/?author=2");
        assertThat(ann.inbox()).hasToString("https://wordpress.example/wp-json/activitypub/1.0/actors/2/inbox");
        assertThat(ann.sharedInbox()).hasToString("https://wordpress.example/wp-json/activitypub/1.0/inbox");
        assertThat(ann.publicKeys()).singleElement().satisfies(key -> {
            assertThat(key.id()).hasToString("https://wordpress.example/?author=2#main-key");
            assertThat(key.owner()).isEqualTo(ann.id());
            assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        });
        assertThat(ann.fields().name()).isEqualTo("Ann Allotment");
        assertThat(ann.preferredUsername()).isEqualTo("ann");
        assertThat(ann.fields().summary()).contains("growing network");
        assertThat(ann.fields().attachment()).extracting(r -> r.embedded(PropertyValue.class).orElseThrow().name())
                .containsExactly("Blog", "Profile");
        assertThat(ann.actorFields().discoverable()).isTrue();
        // The icon stays, without the URL that does not parse; the URL is kept aside as it came.
        Image icon = ann.fields().icon().get(0).embedded(Image.class).orElseThrow();
        assertThat(icon.fields().url()).isEmpty();
        assertThat(icon.extra().get("url").orElseThrow().asText()).contains("&#038;d=mm");
        assertThat(json.read(json.write(ann))).isEqualTo(ann);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void oneBadTagCostsOnlyThatTag(Strategy strategy) {
        Note note = (Note) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "id": "https://a.example/n/1",
                 "attributedTo": "https://a.example/u/ann", "content": "hi #london @bo",
                 "tag": [{"type": "Hashtag", "href": "https://a.example/tags/london", "name": "#london"},
                         {"type": "Mention", "href": "https://exa mple.org/a#b#c%zz", "name": "@broken"},
                         {"type": "Mention", "id": 5, "name": "@numbered"},
                         {"type": ["Mention", 7], "name": "@badly-typed"},
                         {"type": "Mention", "href": "https://b.example/u/bo", "name": "@bo"}]}""", strategy);

        assertThat(note.fields().hashtags()).extracting(Hashtag::name).containsExactly("#london");
        assertThat(note.fields().mentions()).extracting(Mention::name).containsExactly("@broken", "@bo");
        Mention broken = note.fields().mentions().get(0);
        assertThat(broken.href()).isNull();
        assertThat(broken.extra().get("href")).isPresent();
        assertThat(note.fields().content()).isEqualTo("hi #london @bo");
        assertThat(json.read(json.write(note))).isEqualTo(note);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aListKeepsItsReadableElementsAndWritesTheOthersBack(Strategy strategy) {
        Note note = (Note) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "id": "https://a.example/n/2",
                 "to": ["https://www.w3.org/ns/activitystreams#Public", "https://exa mple.org/a#b#c%zz"],
                 "url": ["https://a.example/@ann/2", "https://exa mple.org/x#y#z%zz"]}""", strategy);

        assertThat(note.fields().isPublic()).isTrue();
        assertThat(note.fields().to()).extracting(Ref::id).containsExactly(Addressing.PUBLIC);
        assertThat(note.fields().url()).extracting(Ref::id).containsExactly(URI.create("https://a.example/@ann/2"));
        assertThat(note.extra().get("to").orElseThrow().asText()).isEqualTo("https://exa mple.org/a#b#c%zz");
        assertThat(json.toJson(note).get("to")).hasSize(2);
        assertThat(json.read(json.write(note))).isEqualTo(note);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void wrongTypedOptionalValuesAreDroppedOnBothPaths(Strategy strategy) {
        Note note = (Note) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "id": "https://a.example/n/3",
                 "content": "kept", "url": 5, "icon": 5, "published": {"x": 1}, "updated": "not-a-date",
                 "contentMap": {"en": {"junk": true}}, "summaryMap": "not a map", "sensitive": "https://exa mple.org/a#b#c%zz",
                 "image": {"type": "Image", "id": {"junk": true}}, "inReplyTo": "https://exa mple.org/a#b#c%zz"}""", strategy);

        assertThat(note.fields().content()).isEqualTo("kept");
        assertThat(note.fields().url()).isEmpty();
        assertThat(note.fields().icon()).isEmpty();
        assertThat(note.fields().image()).isEmpty();
        assertThat(note.fields().published()).isNull();
        assertThat(note.fields().updated()).isNull();
        assertThat(note.fields().contentMap()).isEmpty();
        assertThat(note.fields().summary()).isNull();
        assertThat(note.fields().summaryMap()).isEmpty();
        assertThat(note.fields().sensitive()).isNull();
        assertThat(note.fields().inReplyTo()).isEmpty();
        assertThat(json.read(json.write(note))).isEqualTo(note);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void anEmbeddedObjectWithABrokenAuthorIsDroppedFromAnOptionalPlace(Strategy strategy) {
        Announce announce = (Announce) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Announce", "id": "https://a.example/b/1",
                 "actor": "https://a.example/u/ann", "to": ["https://www.w3.org/ns/activitystreams#Public"],
                 "object": {"type": "Note", "id": "https://c.example/n/1", "attributedTo": "https://exa mple.org/a#b#c%zz",
                            "content": "forged?"}}""", strategy);

        assertThat(announce.actor().orElseThrow().id()).hasToString("https://a.example/u/ann");
        assertThat(announce.objects()).isEmpty();
        assertThat(announce.extra().get("object")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aBadValueInsideAnEmbeddedObjectCostsOnlyThatValue(Strategy strategy) {
        Create create = (Create) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Create", "id": "https://a.example/c/1",
                 "actor": "https://a.example/u/ann",
                 "object": {"type": "Note", "id": "https://a.example/n/1", "attributedTo": "https://a.example/u/ann",
                            "content": "still here", "inReplyTo": "https://exa mple.org/a#b#c%zz",
                            "attachment": [{"type": "Document", "url": "https://exa mple.org/a#b#c%zz", "name": "alt"}]}}""",
                strategy);

        Note note = create.object().orElseThrow().embedded(Note.class).orElseThrow();
        assertThat(note.fields().content()).isEqualTo("still here");
        assertThat(note.fields().inReplyTo()).isEmpty();
        Document attachment = note.fields().attachment().get(0).embedded(Document.class).orElseThrow();
        assertThat(attachment.fields().name()).isEqualTo("alt");
        assertThat(attachment.fields().url()).isEmpty();
        assertThat(List.copyOf(note.extra().names())).contains("inReplyTo");
    }
}
