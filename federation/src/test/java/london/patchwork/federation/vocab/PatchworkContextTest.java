package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.federation.jsonld.BundledContexts;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Patchwork context: assets as Places and ties as Relationships survive expansion and compaction. */
class PatchworkContextTest {

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    /** A peer that writes the bundled context by URL, with schema.org terms under their full IRIs. */
    private static final String PLACE = """
            {"@context": ["https://www.w3.org/ns/activitystreams", "https://patchwork.london/ns"],
             "id": "https://lambeth.example/assets/7", "type": "Place", "name": "Brixton Library",
             "latitude": 51.46, "longitude": -0.115,
             "address": {"type": "PostalAddress", "streetAddress": "Brixton Oval", "postalCode": "SW2 1JQ"},
             "assetKind": "place", "category": "Physical spaces", "categorySlug": "physical-spaces",
             "assetStatus": "active", "fees": "Free", "availableLanguage": ["en", "pt"],
             "website": "https://library.example/", "telephone": "020 7926 1056",
             "http://schema.org#email": "brixton@library.example",
             "addedBy": "https://lambeth.example/users/ada"}""";

    @Test
    void theContextIsBundledUnderItsNamespaceAndItsServedPath() {
        assertThat(BundledContexts.isBundled("https://patchwork.london/ns")).isTrue();
        assertThat(BundledContexts.isBundled("https://patchwork.london/ns/patchwork.jsonld")).isTrue();
    }

    @Test
    void aPlaceWrittenWithTheContextExpandsAndCompactsToTheCanonicalTerms() {
        JsonLdNormaliser.Result result = JsonLdNormaliser.withDefaultLimits()
                .normalise(PLACE.getBytes(StandardCharsets.UTF_8));
        assertThat(result.path()).isEqualTo(JsonLdNormaliser.Path.FULL);
        assertThat(result.droppedContexts()).isEmpty();
        JsonNode place = result.json();
        assertThat(place.get("assetKind").asText()).isEqualTo("place");
        assertThat(place.get("categorySlug").asText()).isEqualTo("physical-spaces");
        assertThat(place.get("email").asText()).isEqualTo("brixton@library.example");
        assertThat(place.get("website").asText()).isEqualTo("https://library.example/");
        assertThat(place.get("address").get("postalCode").asText()).isEqualTo("SW2 1JQ");

        Place read = (Place) json.decode(place);
        assertThat(read.asset()).isEqualTo(new AssetFields("place", "Physical spaces", "physical-spaces", "active",
                null, "Free", null, List.of("en", "pt"), null, null, URI.create("https://library.example/"),
                "brixton@library.example", "020 7926 1056", URI.create("https://lambeth.example/users/ada")));
        assertThat(read.extra().isEmpty()).isTrue();
    }

    @Test
    void whatPatchworkWritesReadsBackTheSameOnTheFullPath() {
        Place place = (Place) json.read(PLACE.getBytes(StandardCharsets.UTF_8));
        byte[] written = json.write(place);
        assertThat(json.read(written, JsonLdNormaliser.Strategy.FULL)).isEqualTo(place);
        assertThat(json.read(written, JsonLdNormaliser.Strategy.FAST)).isEqualTo(place);
    }

    @Test
    void aTieTypeInThePatchworkNamespaceAndTheTieFieldsRoundTrip() {
        Relationship tie = new Relationship(URI.create("https://lambeth.example/connections/3"), ObjectFields.EMPTY,
                Ref.to(URI.create("https://lambeth.example/assets/7")),
                List.of(Ref.to(URI.create("https://hackney.example/assets/2"))),
                List.of(Ref.to(URI.create("https://patchwork.london/ns#partnersWith"))), new TieFields(true, 4),
                Extras.EMPTY);
        byte[] written = json.write(tie);
        Relationship full = (Relationship) json.read(written, JsonLdNormaliser.Strategy.FULL);
        assertThat(full.tie()).isEqualTo(new TieFields(true, 4));
        assertThat(london.patchwork.federation.jsonld.CanonicalContext.get()
                .expandIri(full.relationship().getFirst().id().toString()))
                .isEqualTo("https://patchwork.london/ns#partnersWith");
        assertThat(json.read(written, JsonLdNormaliser.Strategy.FAST)).isEqualTo(tie);
    }

    @Test
    void aHubGroupSaysItsAreaAndWhereItsEventsAssetsAndConnectionsAre() {
        String group = """
                {"@context": ["https://www.w3.org/ns/activitystreams", "https://patchwork.london/ns"],
                 "id": "https://hackney.example/users/hub", "type": "Group", "preferredUsername": "hub",
                 "inbox": "https://hackney.example/users/hub/inbox", "area": "Hackney",
                 "hubEvents": "https://hackney.example/users/hub/collections/events",
                 "https://patchwork.london/ns#assets": {"@id": "https://hackney.example/users/hub/collections/assets"},
                 "hubConnections": "https://hackney.example/users/hub/collections/connections"}""";
        Group read = (Group) json.read(group.getBytes(StandardCharsets.UTF_8));
        assertThat(read.actorFields().area()).isEqualTo("Hackney");
        assertThat(read.actorFields().hubEvents().id())
                .isEqualTo(URI.create("https://hackney.example/users/hub/collections/events"));
        assertThat(read.actorFields().hubAssets().id())
                .isEqualTo(URI.create("https://hackney.example/users/hub/collections/assets"));
        assertThat(read.actorFields().hubConnections().id())
                .isEqualTo(URI.create("https://hackney.example/users/hub/collections/connections"));
        byte[] written = json.write(read);
        assertThat(json.read(written, JsonLdNormaliser.Strategy.FULL)).isEqualTo(read);
        assertThat(json.read(written, JsonLdNormaliser.Strategy.FAST)).isEqualTo(read);
    }
}
