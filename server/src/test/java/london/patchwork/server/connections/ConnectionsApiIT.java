package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The connections API on a real hub: recording, changing and removing ties, reading the network, bad input. */
@MicronautTest(transactional = false)
class ConnectionsApiIT extends HubTest {

    @Inject
    ConnectionService connections;

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private TestMembers.SignedIn mo;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
    }

    private String asset(String name) {
        return ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "organisation", "category": "associations", "name": "%s"}""".formatted(name))
                .get("id").asText();
    }

    @Test
    void aMemberRecordsChangesAndRemovesATieBetweenTwoAssets() {
        String bank = asset("Hackney Food Bank");
        String advice = asset("Citizens Advice Hackney");
        JsonNode created = ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "refers-to", "subject": {"asset": "%s"}, "object": {"asset": "%s"}, "strength": 4,
                 "note": "Referrals every Tuesday"}""".formatted(bank, advice));
        String id = created.get("id").asText();
        assertThat(created.get("type_name").asText()).isEqualTo("refers to");
        assertThat(created.get("mutual").asBoolean()).isFalse();
        assertThat(created.get("strength").asInt()).isEqualTo(4);
        assertThat(created.get("subject").get("name").asText()).isEqualTo("Hackney Food Bank");
        assertThat(created.get("object").get("id").asText()).isEqualTo(baseUrl() + "/assets/" + advice);
        assertThat(created.get("url").asText()).isEqualTo(baseUrl() + "/connections/" + id);

        JsonNode ofAsset = HttpProbe.json(http().get("/api/patchwork/connections?asset=" + advice,
                "application/json"));
        assertThat(ofAsset).hasSize(1);
        assertThat(ofAsset.get(0).get("id").asText()).isEqualTo(id);

        HttpResponse<String> byAnother = grace.json("PATCH", "/api/patchwork/connections/" + id, "{\"strength\": 1}");
        assertThat(byAnother.statusCode()).isEqualTo(403);
        JsonNode edited = ada.jsonOk("PATCH", "/api/patchwork/connections/" + id,
                "{\"type\": \"partners-with\", \"note\": \"Now a partnership\"}");
        assertThat(edited.get("mutual").asBoolean()).as("a partnership reads both ways").isTrue();
        assertThat(edited.get("strength").asInt()).as("PATCH keeps what it does not name").isEqualTo(4);

        Network network = connections.network();
        assertThat(network.links()).anySatisfy(link -> {
            assertThat(link.tieId()).isEqualTo(Long.parseLong(id));
            assertThat(link.from()).isEqualTo(baseUrl() + "/assets/" + bank);
            assertThat(link.type()).isEqualTo("partners-with");
        });

        assertThat(mo.json("DELETE", "/api/patchwork/connections/" + id, "").statusCode()).isEqualTo(204);
        assertThat(http().get("/api/patchwork/connections/" + id, "application/json").statusCode()).isEqualTo(404);
        assertThat(connections.network().links()).noneMatch(link -> link.tieId() == Long.parseLong(id));
    }

    @Test
    void aTieMayJoinAMemberToAnAssetAndTheSameTieTwiceIsRefused() {
        String garden = asset("Clapton Community Garden");
        JsonNode created = grace.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "member-of", "subject": {"account": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(TestMembers.GRACE.handle(), garden));
        assertThat(created.get("subject").get("kind").asText()).isEqualTo("member");
        assertThat(created.get("subject").get("local").asBoolean()).isTrue();
        assertThat(created.get("strength").asInt()).isEqualTo(3);

        HttpResponse<String> again = grace.json("POST", "/api/patchwork/connections", """
                {"type": "member-of", "subject": {"account": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(TestMembers.GRACE.handle(), garden));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already connected");
        assertThat(connections.ofAsset(Long.parseLong(garden))).hasSize(1);
    }

    @Test
    void badTiesAreRefusedWithTheirReasonsAndNothingIsStored() {
        String one = asset("Stoke Newington Library");
        int before = connections.network().links().size();
        record Case(String body, String reason) {
        }
        for (Case bad : new Case[] {
                new Case("{\"type\": \"befriends\", \"subject\": {\"asset\": \"%s\"}, \"object\": {\"asset\": \"%s\"}}"
                        .formatted(one, one), "unknown connection type"),
                new Case("{\"type\": \"funds\", \"subject\": {\"asset\": \"%s\"}, \"object\": {\"asset\": \"999999\"}}"
                        .formatted(one), "no asset 999999"),
                new Case("{\"type\": \"funds\", \"subject\": {\"asset\": \"%s\"}, \"object\": {\"asset\": \"%s\"}}"
                        .formatted(one, one), "two different ends"),
                new Case("{\"type\": \"funds\", \"subject\": {\"asset\": \"%s\"}, \"object\": {\"asset\": \"%s\","
                        .formatted(one, one) + " \"account\": \"ada\"}}", "exactly one"),
                new Case("{\"type\": \"funds\", \"subject\": {\"asset\": \"%s\"}, \"object\": {\"account\": \"nobody\"},"
                        .formatted(one) + " \"strength\": 9}", "strength must be from 1 to 5")}) {
            HttpResponse<String> refused = ada.json("POST", "/api/patchwork/connections", bad.body());
            assertThat(refused.statusCode()).as(bad.body()).isEqualTo(422);
            assertThat(refused.body()).as(bad.body()).contains(bad.reason());
        }
        assertThat(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/patchwork/connections"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\": \"funds\"}")))
                .statusCode()).as("signed out").isEqualTo(401);
        assertThat(connections.network().links()).hasSize(before);
    }

    @Test
    void organisersAddTypesOfTheirOwn() {
        HttpResponse<String> byMember = ada.json("POST", "/api/patchwork/connections/types",
                "{\"slug\": \"mentors\", \"name\": \"mentors\"}");
        assertThat(byMember.statusCode()).isEqualTo(403);
        JsonNode added = mo.jsonOk("POST", "/api/patchwork/connections/types",
                "{\"slug\": \"lends-to\", \"name\": \"lends equipment to\"}");
        assertThat(added.get("built_in").asBoolean()).isFalse();
        JsonNode types = HttpProbe.json(http().get("/api/patchwork/connections/types", "application/json"));
        assertThat(types.findValuesAsText("slug")).startsWith("partners-with", "refers-to", "funds", "meets-at",
                "member-of", "shares-space-with").contains("lends-to");
    }
}
