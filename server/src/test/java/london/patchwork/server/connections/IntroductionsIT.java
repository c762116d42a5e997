package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions on one hub: a weaver proposes a suggested pair of members' assets, both accept and the tie is the
 * hub's; a member declines and the pair is never suggested again; who may propose and answer; bad proposals.
 */
@MicronautTest(transactional = false)
class IntroductionsIT extends HubTest {

    @Inject
    ConnectionService connections;

    private TestMembers.SignedIn olu;
    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void join() {
        olu = TestMembers.OLU.join(baseUrl());
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    private FederationRows rows() {
        return new FederationRows(getProperties().get("datasources.default.url"));
    }

    private static String asset(TestMembers.SignedIn member, String name) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "organisation", "category": "associations", "name": "%s"}""".formatted(name))
                .get("id").asText();
    }

    private static void tie(TestMembers.SignedIn member, String subject, String object) {
        member.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(subject, object));
    }

    private JsonNode suggestions() {
        return olu.jsonOk("GET", "/api/patchwork/introductions/suggestions?limit=200", null);
    }

    private boolean suggested(String one, String other) {
        String a = baseUrl() + "/assets/" + one;
        String b = baseUrl() + "/assets/" + other;
        for (JsonNode suggestion : suggestions()) {
            List<String> pair = List.of(suggestion.get("subject").get("id").asText(),
                    suggestion.get("object").get("id").asText());
            if (pair.contains(a) && pair.contains(b)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void bothMembersAcceptASuggestedIntroductionOfTheirAssetsAndTheTieIsTheHubs() {
        String bank = asset(ada, "Homerton Food Bank");
        String pantry = asset(grace, "Clapton Pantry");
        String church = asset(ada, "St Barnabas Church");
        tie(ada, bank, church);
        tie(grace, pantry, church);
        assertThat(suggested(bank, pantry)).isTrue();
        JsonNode suggestion = suggestions().get(0);
        assertThat(suggestion.get("reason").asText()).startsWith("both work with");

        JsonNode proposed = olu.jsonOk("POST", "/api/patchwork/introductions", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"},
                 "message": "You both run food projects off Lower Clapton Road"}""".formatted(bank, pantry));
        String id = proposed.get("id").asText();
        assertThat(proposed.get("status").asText()).isEqualTo("pending");
        assertThat(proposed.get("subject").get("answer").asText()).isEqualTo("pending");
        assertThat(suggested(bank, pantry)).as("a pair proposed is not suggested again").isFalse();

        JsonNode forGrace = grace.jsonOk("GET", "/api/patchwork/introductions/awaiting", null);
        assertThat(forGrace).anySatisfy(row -> {
            assertThat(row.get("id").asText()).isEqualTo(id);
            assertThat(row.get("awaiting_you").get(0).asText()).isEqualTo("object");
            assertThat(row.get("message").asText()).contains("Lower Clapton Road");
        });
        assertThat(grace.json("POST", "/api/patchwork/introductions/" + id + "/accept", null).statusCode())
                .isEqualTo(200);
        assertThat(grace.json("POST", "/api/patchwork/introductions/" + id + "/accept", null).statusCode())
                .as("an end answers once").isEqualTo(403);
        assertThat(connections.ofAsset(Long.parseLong(bank))).noneMatch(tie ->
                tie.object().assetId() != null && tie.object().assetId() == Long.parseLong(pantry));

        JsonNode accepted = ada.jsonOk("POST", "/api/patchwork/introductions/" + id + "/accept", null);
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.get("connection").asText()).startsWith(baseUrl() + "/api/patchwork/connections/");
        Tie tie = connections.ofAsset(Long.parseLong(bank)).stream()
                .filter(found -> Long.valueOf(Long.parseLong(pantry)).equals(found.object().assetId()))
                .findFirst().orElseThrow();
        assertThat(tie.type()).isEqualTo("partners-with");
        assertThat(tie.mutual()).isTrue();
        assertThat(tie.note()).contains("food projects");
        assertThat(tie.createdBy()).as("recorded as the hub").isEqualTo(rows().localActorId(london.patchwork.server.testing.TestHubs.HACKNEY.username()));

        HttpResponse<String> again = olu.json("POST", "/api/patchwork/introductions", """
                {"type": "funds", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}""".formatted(pantry, bank));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already");
    }

    @Test
    void aDeclinedIntroductionIsRecordedAndTheTieNeverMade() {
        String garden = asset(ada, "Springfield Park Garden");
        String library = asset(grace, "Clapton Library");
        String school = asset(ada, "Millfields School");
        tie(ada, garden, school);
        tie(grace, library, school);
        JsonNode proposed = olu.jsonOk("POST", "/api/patchwork/introductions", """
                {"type": "shares-space-with", "subject": {"asset": "%s"}, "object": {"account": "%s"}}"""
                .formatted(garden, TestMembers.GRACE.handle()));
        String id = proposed.get("id").asText();
        assertThat(ada.json("POST", "/api/patchwork/introductions/" + id + "/decline", null).statusCode())
                .as("Ada added the garden, not Grace's account: she answers for the garden").isEqualTo(200);
        JsonNode shown = olu.jsonOk("GET", "/api/patchwork/introductions/" + id, null);
        assertThat(shown.get("status").asText()).isEqualTo("declined");
        assertThat(shown.get("subject").get("answer").asText()).isEqualTo("declined");
        assertThat(shown.get("subject").get("answered_at").isNull()).isFalse();
        assertThat(grace.json("POST", "/api/patchwork/introductions/" + id + "/accept", null).statusCode())
                .as("a declined introduction takes no more answers").isEqualTo(403);
        assertThat(connections.ofAsset(Long.parseLong(garden))).hasSize(1);
        assertThat(grace.jsonOk("GET", "/api/patchwork/introductions/awaiting", null))
                .noneMatch(row -> row.get("id").asText().equals(id));
    }

    @Test
    void onlyWeaversProposeOnlyTheEndsAnswerAndBadProposalsStoreNothing() {
        String one = asset(ada, "Chatsworth Road Market");
        String two = asset(grace, "Hackney Wick Studios");
        String body = """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}""".formatted(one,
                two);
        assertThat(ada.json("POST", "/api/patchwork/introductions", body).statusCode()).isEqualTo(403);
        assertThat(ada.json("GET", "/api/patchwork/introductions/suggestions", null).statusCode()).isEqualTo(403);
        assertThat(http().get("/api/patchwork/introductions/awaiting", "application/json").statusCode())
                .isEqualTo(401);
        long before = rows().queryLong("select count(*) from introductions");
        record Case(String body, String reason) {
        }
        for (Case bad : new Case[] {
                new Case(body.replace("partners-with", "befriends"), "unknown connection type"),
                new Case(body.replace("\"" + two + "\"", "\"999999\""), "no asset 999999"),
                new Case(body.replace("\"" + two + "\"", "\"" + one + "\""), "two different ends"),
                new Case(body.replace("}}", "}, \"message\": \"" + "x".repeat(2001) + "\"}"), "message must be"),
                new Case("{\"type\": \"funds\"}", "subject must name")}) {
            HttpResponse<String> refused = olu.json("POST", "/api/patchwork/introductions", bad.body());
            assertThat(refused.statusCode()).as(bad.body()).isEqualTo(422);
            assertThat(refused.body()).as(bad.body()).contains(bad.reason());
        }
        assertThat(rows().queryLong("select count(*) from introductions")).isEqualTo(before);

        String id = olu.jsonOk("POST", "/api/patchwork/introductions", body).get("id").asText();
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        assertThat(mo.jsonOk("GET", "/api/patchwork/introductions", null))
                .anyMatch(row -> row.get("id").asText().equals(id));
        assertThat(grace.json("POST", "/api/patchwork/introductions/" + id + "/accept", null).statusCode())
                .isEqualTo(200);
        assertThat(grace.json("GET", "/api/patchwork/introductions/" + id, null).statusCode())
                .as("once answered, it no longer waits for Grace").isEqualTo(404);
        assertThat(mo.jsonOk("POST", "/api/patchwork/introductions/" + id + "/accept", null).get("status").asText())
                .as("a moderator answers for any asset of the hub's").isEqualTo("accepted");
    }
}
