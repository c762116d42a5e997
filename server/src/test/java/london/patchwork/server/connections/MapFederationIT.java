package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.assets.Asset;
import london.patchwork.server.assets.AssetRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real hubs: Lambeth follows Hackney's Group. Hackney's assets reach Lambeth's map as Places and its ties as
 * Relationships, with their edits and deletions; a tie Hackney records to an asset on Lambeth (which Hackney does not
 * follow) fetches that Place from Lambeth and keeps it first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapFederationIT {

    // Two hubs on two shared cores: a delivery or an inbox retry may take a while, and only a failure waits this long.
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningHub hackney;
    private RunningHub lambeth;
    private TestMembers.SignedIn hackneyAda;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        lambeth.followHub(hackney, PATIENCE);
        hackneyAda = TestMembers.ADA.join(hackney.baseUrl());
    }

    @AfterAll
    void stop() {
        lambeth.close();
        hackney.close();
    }

    private Optional<Asset> assetOn(RunningHub hub, String uri) {
        return hub.bean(AssetRepository.class).findByUri(uri);
    }

    private Optional<Tie> tieOnLambeth(String uri) {
        return lambeth.bean(TieRepository.class).findByUri(uri);
    }

    private JsonNode asset(TestMembers.SignedIn member, String name, String extra) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "%s"%s}""".formatted(name, extra));
    }

    @Test
    void anAssetItsEditAndItsDeletionReachTheFollowingHubWithItsOrigin() {
        JsonNode created = asset(hackneyAda, "Round Chapel", """
                , "description": "A chapel turned venue.", "postcode": "e5 0ly", "latitude": 51.5525,
                 "longitude": -0.0552, "tags": ["music"], "email": "hello@roundchapel.example",
                 "languages": ["en", "tr"]""");
        String url = created.get("url").asText();
        String id = created.get("id").asText();

        JsonNode place = HttpProbe.json(hackney.http().get("/assets/" + id, "application/activity+json"));
        assertThat(place.get("type").asText()).isEqualTo("Place");
        assertThat(place.get("assetKind").asText()).isEqualTo("place");
        assertThat(place.get("attributedTo").asText()).isEqualTo(hackney.actorUrl());
        assertThat(place.get("addedBy").asText()).endsWith("/ada");
        assertThat(place.get("address").get("postalCode").asText()).isEqualTo("E5 0LY");

        // Mastodon drops a Place: the hub's Group also posts a linked summary.
        assertThat(hackney.rows().queryLong("select count(*) from objects where local and source_text = ?",
                "New on the map: Round Chapel — A chapel turned venue. " + url)).isEqualTo(1);

        await().atMost(PATIENCE).until(() -> assetOn(lambeth, url).isPresent());
        Asset kept = assetOn(lambeth, url).orElseThrow();
        assertThat(kept.name()).isEqualTo("Round Chapel");
        assertThat(kept.description()).isEqualTo("A chapel turned venue.");
        assertThat(kept.category()).isEqualTo("physical-spaces");
        assertThat(kept.postcode()).isEqualTo("E5 0LY");
        assertThat(kept.latitude()).isEqualTo(51.5525);
        assertThat(kept.tags()).containsExactly("music");
        assertThat(kept.languages()).containsExactly("en", "tr");
        assertThat(kept.email()).isEqualTo("hello@roundchapel.example");
        assertThat(kept.listed()).isTrue();
        JsonNode shown = HttpProbe.json(lambeth.http().get("/api/patchwork/assets/" + kept.id(), "application/json"));
        assertThat(shown.get("local").asBoolean()).isFalse();
        assertThat(shown.get("origin").asText()).isEqualTo(URI.create(hackney.baseUrl()).getAuthority());
        assertThat(lambeth.http().get("/assets/" + kept.id(), "text/html").body()).contains("asset-origin")
                .contains(url);

        hackneyAda.jsonOk("PATCH", "/api/patchwork/assets/" + id, "{\"name\": \"The Round Chapel\"}");
        await().atMost(PATIENCE).until(() -> assetOn(lambeth, url).map(Asset::name)
                .filter("The Round Chapel"::equals).isPresent());

        assertThat(hackneyAda.json("DELETE", "/api/patchwork/assets/" + id, null).statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> assetOn(lambeth, url).map(Asset::deleted).orElse(false));
        assertThat(hackney.http().get("/assets/" + id, "application/activity+json").statusCode()).isEqualTo(410);
    }

    @Test
    void aTieBetweenTwoAssetsReachesTheFollowingHubWithItsEndsFound() {
        JsonNode bank = asset(hackneyAda, "Food bank", "");
        JsonNode advice = asset(hackneyAda, "Advice centre", "");
        JsonNode tie = hackneyAda.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}, "strength": 4,
                 "note": "Shared <b>referrals</b>"}""".formatted(bank.get("id").asText(), advice.get("id").asText()));
        String tieId = tie.get("id").asText();
        JsonNode relationship = HttpProbe.json(hackney.http().get("/connections/" + tieId,
                "application/activity+json"));
        assertThat(relationship.get("type").asText()).isEqualTo("Relationship");
        assertThat(relationship.get("relationship").asText()).isEqualTo("https://patchwork.london/ns#partnersWith");
        assertThat(relationship.get("subject").asText()).isEqualTo(bank.get("url").asText());
        String uri = relationship.get("id").asText();

        await().atMost(PATIENCE).until(() -> tieOnLambeth(uri).isPresent());
        Tie kept = tieOnLambeth(uri).orElseThrow();
        assertThat(kept.type()).isEqualTo("partners-with");
        assertThat(kept.strength()).isEqualTo((short) 4);
        assertThat(kept.mutual()).isTrue();
        assertThat(kept.note()).isEqualTo("Shared <b>referrals</b>");
        assertThat(kept.subjectAssetId()).isEqualTo(assetOn(lambeth, bank.get("url").asText()).orElseThrow().id());
        assertThat(kept.objectAssetId()).isEqualTo(assetOn(lambeth, advice.get("url").asText()).orElseThrow().id());

        hackneyAda.jsonOk("PATCH", "/api/patchwork/connections/" + tieId, "{\"strength\": 2}");
        await().atMost(PATIENCE).until(() -> tieOnLambeth(uri).map(Tie::strength).filter(s -> s == 2).isPresent());

        assertThat(hackneyAda.json("DELETE", "/api/patchwork/connections/" + tieId, null).statusCode())
                .isEqualTo(204);
        await().atMost(PATIENCE).until(() -> tieOnLambeth(uri).map(Tie::deleted).orElse(false));
    }

    @Test
    void aTieToAnAssetOnAnotherHubFetchesAndKeepsThatPlace() {
        TestMembers.SignedIn lambethGrace = TestMembers.GRACE.join(lambeth.baseUrl());
        String library = asset(lambethGrace, "Brixton Library", ", \"postcode\": \"SW2 1JQ\"").get("url").asText();
        String garden = asset(hackneyAda, "Community garden", "").get("id").asText();
        assertThat(assetOn(hackney, library)).isEmpty();

        JsonNode tie = hackneyAda.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "refers-to", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(garden, library));
        Asset remembered = assetOn(hackney, library).orElseThrow();
        assertThat(remembered.name()).isEqualTo("Brixton Library");
        assertThat(remembered.postcode()).isEqualTo("SW2 1JQ");
        Tie recorded = hackney.bean(TieRepository.class).findById(Long.parseLong(tie.get("id").asText()))
                .orElseThrow();
        assertThat(recorded.objectAssetId()).isEqualTo(remembered.id());

        // Lambeth follows Hackney: the tie comes back to Lambeth naming Lambeth's own asset.
        String uri = HttpProbe.json(hackney.http().get("/connections/" + recorded.id(), "application/activity+json"))
                .get("id").asText();
        await().atMost(PATIENCE).until(() -> tieOnLambeth(uri).isPresent());
        long libraryHere = Long.parseLong(library.substring(library.lastIndexOf('/') + 1));
        assertThat(tieOnLambeth(uri).orElseThrow().objectAssetId()).isEqualTo(libraryHere);
    }
}
