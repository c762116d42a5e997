package london.patchwork.server.guides;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiki over real HTTP: writing, editing, conflicts, restore, history, diffs, permissions and sanitising. */
@MicronautTest(transactional = false)
class GuidesIT extends HubTest {

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private TestMembers.SignedIn mo;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
    }

    private String create(TestMembers.SignedIn member, String title, String topic, String body) {
        HttpResponse<String> made = member.form("/guides/new", Map.of("title", title, "topic", topic, "body", body));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        return made.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aMemberWritesAGuideAndAnotherEditsIt() {
        String page = create(ada, "Fixing a puncture", "Bikes", "You need tyre levers.\n\nTake the wheel off.");
        assertThat(page).isEqualTo("/guides/fixing-a-puncture");
        assertThat(http().get(page, "text/html").body()).contains("Fixing a puncture").contains("tyre levers")
                .contains("Revision 1, saved by ada");

        HttpResponse<String> form = grace.get(page + "/edit", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"baseRevision\" value=\"1\"").contains("label for=\"body\"");
        HttpResponse<String> saved = grace.form(page + "/edit", Map.of("title", "Fixing a puncture", "topic", "Bikes",
                "body", "You need tyre levers and a patch.\n\nTake the wheel off.", "summary", "patch",
                "baseRevision", "1"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String shown = http().get(page, "text/html").body();
        assertThat(shown).contains("tyre levers and a patch").contains("Revision 2, saved by grace");

        String list = http().get("/guides", "text/html").body();
        assertThat(list).contains("<h2 id=\"topic-bikes\">Bikes</h2>").contains("href=\"/guides/fixing-a-puncture\"");
    }

    @Test
    void anEditFromAnOldRevisionIsRefusedAndKeepsWhatWasTyped() {
        String page = create(ada, "Booking the hall", "Venues", "Call the caretaker.");
        assertThat(grace.form(page + "/edit", Map.of("title", "Booking the hall", "topic", "Venues",
                "body", "Call the caretaker on Mondays.", "baseRevision", "1")).statusCode()).isEqualTo(303);

        // Ada still has revision 1 open, and saves: refused, her text kept, a link to what Grace changed.
        HttpResponse<String> late = ada.form(page + "/edit", Map.of("title", "Booking the hall", "topic", "Venues",
                "body", "Email the caretaker.", "baseRevision", "1"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("id=\"edit-conflict\"").contains("Email the caretaker.")
                .contains("/guides/booking-the-hall/diff?from=1&amp;to=2")
                .contains("name=\"baseRevision\" value=\"2\"");
        assertThat(http().get(page, "text/html").body()).contains("Call the caretaker on Mondays.")
                .doesNotContain("Email the caretaker.");

        // The same through the API: 409 with the current revision in the body; nothing written.
        HttpResponse<String> api = ada.json("PUT", "/api/patchwork/guides/booking-the-hall",
                "{\"title\":\"Booking the hall\",\"topic\":\"Venues\",\"body\":\"Text\",\"base_revision\":1}");
        assertThat(api.statusCode()).isEqualTo(409);
        JsonNode conflict = HttpProbe.json(api);
        assertThat(conflict.get("current").get("revision").asInt()).isEqualTo(2);
        assertThat(conflict.get("current").get("body").asText()).isEqualTo("Call the caretaker on Mondays.");
        assertThat(ada.jsonOk("GET", "/api/patchwork/guides/booking-the-hall/revisions", null)).hasSize(2);

        // Saving again from the current revision goes through.
        JsonNode saved = ada.jsonOk("PUT", "/api/patchwork/guides/booking-the-hall",
                "{\"title\":\"Booking the hall\",\"topic\":\"Venues\",\"body\":\"Email or call.\",\"base_revision\":2}");
        assertThat(saved.get("revision").asInt()).isEqualTo(3);
        assertThat(saved.get("current").get("author").asText()).isEqualTo("ada");
    }

    @Test
    void historyDiffAndRestore() {
        JsonNode made = ada.jsonOk("POST", "/api/patchwork/guides",
                "{\"title\":\"Food bank hours\",\"topic\":\"Food\",\"body\":\"Open Monday\\nBring ID\"}");
        assertThat(made.get("slug").asText()).isEqualTo("food-bank-hours");
        ada.jsonOk("PUT", "/api/patchwork/guides/food-bank-hours", "{\"title\":\"Food bank hours\",\"topic\":\"Food\","
                + "\"body\":\"Open Tuesday\\nBring ID\",\"summary\":\"new day\",\"base_revision\":1}");

        String history = http().get("/guides/food-bank-hours/history", "text/html").body();
        assertThat(history).contains("id=\"revision-1\"").contains("id=\"revision-2\"").contains("new day")
                .contains("/guides/food-bank-hours/diff?from=1&amp;to=2");

        HttpResponse<String> diff = http().get("/guides/food-bank-hours/diff?from=1&to=2", "text/html");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("Lines added: 1.").contains("Removed").contains("Added")
                .contains("Open Monday").contains("Open Tuesday");
        JsonNode lines = http().get("/api/patchwork/guides/food-bank-hours/diff?from=1&to=2", "application/json")
                .body().transform(HttpProbe::json).get("lines");
        assertThat(lines.findValuesAsText("op")).containsExactly("removed", "added", "kept");
        assertThat(http().get("/guides/food-bank-hours/diff?from=1&to=9", "text/html").statusCode()).isEqualTo(404);

        // Restoring revision 1 adds revision 3 with its words; the history keeps revision 2.
        HttpResponse<String> restored = grace.form("/guides/food-bank-hours/restore",
                Map.of("revision", "1", "baseRevision", "2"));
        assertThat(restored.statusCode()).isEqualTo(303);
        JsonNode now = ada.jsonOk("GET", "/api/patchwork/guides/food-bank-hours", null);
        assertThat(now.get("revision").asInt()).isEqualTo(3);
        assertThat(now.get("body").asText()).isEqualTo("Open Monday\nBring ID");
        assertThat(now.get("current").get("summary").asText()).isEqualTo("Restored revision 1");
        assertThat(ada.jsonOk("GET", "/api/patchwork/guides/food-bank-hours/revisions", null)).hasSize(3);
        // A restore from a stale history is refused too.
        assertThat(grace.form("/guides/food-bank-hours/restore", Map.of("revision", "2", "baseRevision", "2"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void visitorsReadButOnlyMembersWriteAndOnlyModeratorsDelete() {
        TestMembers.SignedIn anonymous = new TestMembers.SignedIn(http(), null);
        HttpResponse<String> newPage = anonymous.get("/guides/new", "text/html");
        assertThat(newPage.statusCode()).isEqualTo(303);
        assertThat(newPage.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in?next=");
        assertThat(anonymous.json("POST", "/api/patchwork/guides", "{\"title\":\"x\",\"topic\":\"y\",\"body\":\"z\"}")
                .statusCode()).isEqualTo(401);

        create(ada, "Recycling days", "Home", "Blue bins on Thursday.");
        assertThat(anonymous.form("/guides/recycling-days/edit", Map.of("title", "Vandal", "topic", "Home",
                "body", "gone", "baseRevision", "1")).statusCode()).isEqualTo(303);
        assertThat(http().get("/guides/recycling-days", "text/html").body()).contains("Blue bins");

        assertThat(grace.json("DELETE", "/api/patchwork/guides/recycling-days", null).statusCode()).isEqualTo(403);
        assertThat(grace.form("/guides/recycling-days/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(http().get("/guides/recycling-days", "text/html").statusCode()).isEqualTo(200);

        assertThat(mo.form("/guides/recycling-days/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(http().get("/guides/recycling-days", "text/html").statusCode()).isEqualTo(410);
        HttpResponse<String> tombstone = http().get("/guides/recycling-days", "application/activity+json");
        assertThat(tombstone.statusCode()).isEqualTo(410);
        assertThat(HttpProbe.json(tombstone).get("type").asText()).isEqualTo("Tombstone");
        assertThat(http().get("/guides", "text/html").body()).doesNotContain("Recycling days");
        assertThat(http().get("/guides/never-written", "application/activity+json").statusCode()).isEqualTo(404);
        assertThat(http().get("/guides/never-written", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void mistakesAreShownBesideTheFieldsWithWhatWasTyped() {
        HttpResponse<String> refused = ada.form("/guides/new", Map.of("title", "", "topic", "Bikes",
                "body", "Some words I typed"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"title-error\"").contains("Some words I typed")
                .contains("value=\"Bikes\"");
        assertThat(ada.json("POST", "/api/patchwork/guides", "{\"title\":\"t\",\"topic\":\"\",\"body\":\"b\"}")
                .statusCode()).isEqualTo(422);
        assertThat(ada.json("PUT", "/api/patchwork/guides/no-such-guide", "{\"title\":\"t\",\"topic\":\"x\","
                + "\"body\":\"b\",\"base_revision\":1}").statusCode()).isEqualTo(404);
    }

    @Test
    void markdownIsSanitisedOnThePageInTheApiAndForPeers() {
        create(ada, "Safe links", "Web", "Hello <script>alert(1)</script> <a href=\"javascript:alert(2)\" "
                + "onclick=\"alert(3)\">x</a>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[d](data:text/html,boom) **strong**");
        String page = http().get("/guides/safe-links", "text/html").body();
        assertThat(page).doesNotContain("alert(").doesNotContain("<iframe").doesNotContain("data:text")
                .contains("<strong>strong</strong>");
        String html = ada.jsonOk("GET", "/api/patchwork/guides/safe-links", null).get("html").asText();
        assertThat(html).doesNotContain("alert(").doesNotContain("<iframe").contains("<strong>strong</strong>");

        JsonNode article = HttpProbe.json(http().get("/guides/safe-links", "application/activity+json"));
        assertThat(article.get("type").asText()).isEqualTo("Article");
        assertThat(article.get("name").asText()).isEqualTo("Safe links");
        assertThat(article.get("content").asText()).doesNotContain("alert(").contains("<strong>strong</strong>");
        assertThat(article.get("source").get("mediaType").asText()).isEqualTo("text/markdown");
        assertThat(article.get("attributedTo").asText()).endsWith("/actors/hackney");
        assertThat(article.get("url").asText()).endsWith("/guides/safe-links");
        assertThat(article.get("summary").asText()).startsWith("Hello");
    }
}
