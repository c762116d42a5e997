package london.patchwork.server.moderating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.SharedFixtures;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reports from members and from remote servers ({@code Flag}) meet in one queue; moderators resolve them, remove
 * the content (a post of ours goes out as {@code Delete}), suspend members and forward reports as {@code Flag}.
 * Everything they do is in the log.
 */
@MicronautTest(transactional = false)
class ReportsIT extends HubTest {

    @Inject ActorRepository actors;
    @Inject PostRepository posts;
    @Inject InboxActivityRepository inbox;
    @Inject LocalActivityRepository activities;

    private TestMembers.SignedIn mo;

    private synchronized TestMembers.SignedIn mo() {
        if (mo == null) {
            mo = TestMembers.MO.join(baseUrl());
        }
        return mo;
    }

    private String hub() {
        return baseUrl() + "/actors/hackney";
    }

    private void deliverAndAwait(RemoteServer server, URI actor, JsonNode activity) {
        HttpResponse<String> response = server.deliver(actor, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(id)
                .map(row -> row.state().equals("done")).orElse(false));
    }

    private JsonNode openReport(String comment) {
        JsonNode open = mo().jsonOk("GET", "/api/v1/admin/reports", null);
        return StreamSupport.stream(open.spliterator(), false)
                .filter(report -> report.get("comment").asText().equals(comment)).findFirst()
                .orElseThrow(() -> new AssertionError("no open report " + comment + " in " + open));
    }

    @Test
    void membersReportAndServersFlagIntoOneQueueThatModeratorsActOn() {
        try (RemoteServer remote = new RemoteServer()) {
            URI erin = remote.addActor("erin");
            URI instance = remote.addActor("instance");
            JsonNode ours = new HubApi(baseUrl()).publish("Come to the repair cafe", "public");
            ObjectNode note = Activities.note(URI.create(erin + "/statuses/7"), erin, "<p>Buy my pills</p>",
                    URI.create(hub()));
            note.put("inReplyTo", ours.get("uri").asText());
            deliverAndAwait(remote, erin, Activities.create(erin, note));
            long erinId = actors.findByUri(erin.toString()).orElseThrow().id();
            long erinPost = posts.findByUri(erin + "/statuses/7").orElseThrow().id();

            TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
            JsonNode filed = ada.jsonOk("POST", "/api/v1/reports", "{\"account_id\":\"" + erinId
                    + "\",\"status_ids\":[\"" + erinPost + "\"],\"comment\":\"Spam in replies\",\"forward\":true,"
                    + "\"category\":\"spam\"}");
            assertThat(filed.get("target_account").get("id").asText()).isEqualTo(Long.toString(erinId));
            assertThat(filed.get("status_ids").get(0).asText()).isEqualTo(Long.toString(erinPost));

            JsonNode flag = SharedFixtures.peer("mastodon/flag.json", Map.of(
                    "https://mastodon.example/ccb4f39a-506a-490e-9a8c-71831c7713a4", remote.base() + "/flags/1",
                    "https://mastodon.example/actor", instance.toString(),
                    "https://example.com/users/1", hub(),
                    "https://example.com/posts/380590", ours.get("uri").asText(),
                    "https://example.com/posts/380591", remote.base() + "/not-held/1"));
            deliverAndAwait(remote, instance, flag);

            JsonNode fromAda = openReport("Spam in replies");
            assertThat(fromAda.get("account").get("username").asText()).isEqualTo("ada");
            assertThat(fromAda.get("target_account").get("username").asText()).isEqualTo("erin");
            assertThat(fromAda.get("category").asText()).isEqualTo("spam");
            assertThat(fromAda.get("statuses").get(0).get("content").asText()).contains("Buy my pills");
            JsonNode fromServer = openReport("Please take a look at this user and their posts");
            assertThat(fromServer.get("target_account").get("username").asText()).isEqualTo("hackney");
            assertThat(fromServer.get("status_ids")).hasSize(1);
            assertThat(fromServer.get("status_ids").get(0).asText()).isEqualTo(ours.get("id").asText());

            String adaReport = fromAda.get("id").asText();
            mo().jsonOk("POST", "/api/patchwork/moderation/reports/" + adaReport + "/forward",
                    "{\"reason\":\"their server should know\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> remote.received().stream()
                    .anyMatch(received -> received.body().path("type").asText().equals("Flag")));
            JsonNode sent = remote.received().stream().map(RemoteServer.Received::body)
                    .filter(body -> body.path("type").asText().equals("Flag")).findFirst().orElseThrow();
            assertThat(sent.get("actor").asText()).isEqualTo(hub());
            assertThat(sent.get("object").toString()).contains(erin.toString(), erin + "/statuses/7");
            assertThat(sent.get("content").asText()).isEqualTo("Spam in replies");
            assertThat(mo().json("POST", "/api/patchwork/moderation/reports/" + adaReport + "/forward", "{}")
                    .statusCode()).as("forwarded once only").isEqualTo(422);

            JsonNode resolved = mo().jsonOk("POST", "/api/v1/admin/reports/" + adaReport + "/resolve",
                    "{\"text\":\"forwarded, nothing more here\"}");
            assertThat(resolved.get("action_taken").asBoolean()).isTrue();
            assertThat(resolved.get("action_taken_by").asText()).isEqualTo("@mo");
            assertThat(mo().jsonOk("GET", "/api/v1/admin/reports", null).toString()).doesNotContain("Spam in replies");
            assertThat(mo().jsonOk("GET", "/api/v1/admin/reports?resolved=true", null).toString())
                    .contains("Spam in replies");

            String serverReport = fromServer.get("id").asText();
            JsonNode removed = HttpProbe.json(new HubApi(baseUrl()).send("POST",
                    "/api/patchwork/moderation/reports/" + serverReport + "/remove_content",
                    Map.of("reason", "misleading")));
            assertThat(removed.get("removed").toString()).contains(ours.get("uri").asText());
            assertThat(posts.findByUri(ours.get("uri").asText()).orElseThrow().deleted()).isTrue();
            long postId = ours.get("id").asLong();
            assertThat(activities.findByObjectIdAndType(postId, "Delete")).hasSize(1);
            assertThat(mo().jsonOk("GET", "/api/v1/admin/reports/" + serverReport, null).get("action_taken")
                    .asBoolean()).isTrue();

            JsonNode log = mo().jsonOk("GET", "/api/patchwork/moderation/log", null);
            assertThat(log.get(0).get("action").asText()).isEqualTo("remove content");
            assertThat(log.get(0).get("by").asText()).isEqualTo("organiser token");
            assertThat(log.get(0).get("reason").asText()).isEqualTo("misleading");
            assertThat(log.toString()).contains("\"action\":\"forward report\"", "\"action\":\"resolve report\"",
                    "their server should know");
        }
    }

    @Test
    void aSuspendedMemberIsSignedOutAndCannotSignInOrReport() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        long graceId = actors.findLocal("grace").orElseThrow().id();
        long hubId = actors.findLocal("hackney").orElseThrow().id();
        assertThat(grace.json("POST", "/api/v1/reports", "{\"account_id\":\"" + graceId + "\"}").statusCode())
                .isEqualTo(422);
        assertThat(grace.json("POST", "/api/v1/reports", "{\"account_id\":\"" + hubId + "\",\"status_ids\":[\"999999\"]}")
                .statusCode()).isEqualTo(422);
        assertThat(grace.get("/account", "text/html").statusCode()).isEqualTo(200);

        assertThat(grace.json("POST", "/api/v1/admin/accounts/" + graceId + "/action",
                "{\"type\":\"suspend\",\"text\":\"x\"}").statusCode()).isEqualTo(403);
        mo().jsonOk("POST", "/api/v1/admin/accounts/" + graceId + "/action",
                "{\"type\":\"suspend\",\"text\":\"threats to other members\"}");

        assertThat(grace.get("/account", "text/html").statusCode()).isNotEqualTo(200);
        assertThat(grace.json("POST", "/api/v1/reports", "{\"account_id\":\"" + hubId + "\"}").statusCode())
                .isEqualTo(401);
        HttpResponse<String> signIn = new TestMembers.SignedIn(http(), null).form("/sign-in",
                Map.of("identifier", "grace", "password", TestMembers.GRACE.password()));
        assertThat(signIn.statusCode()).isEqualTo(403);
        JsonNode account = mo().jsonOk("GET", "/api/v1/admin/accounts/" + graceId, null);
        assertThat(account.get("suspended").asBoolean()).isTrue();
        JsonNode log = mo().jsonOk("GET", "/api/patchwork/moderation/log", null);
        assertThat(log.get(0).get("action").asText()).isEqualTo("suspend account");
        assertThat(log.get(0).get("target").asText()).isEqualTo("@grace");
        assertThat(log.get(0).get("reason").asText()).isEqualTo("threats to other members");

        mo().jsonOk("POST", "/api/v1/admin/accounts/" + graceId + "/unsuspend", "{\"text\":\"apologised\"}");
        assertThat(TestMembers.GRACE.signIn(baseUrl()).get("/account", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberReportsFromAPageWithoutJavaScript() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        String hubId = Long.toString(actors.findLocal("hackney").orElseThrow().id());
        HttpResponse<String> page = olu.get("/reports/new?account=" + hubId, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"comment\">", "<label for=\"category\">", "@hackney@");

        String tooLong = "x".repeat(1001);
        HttpResponse<String> refused = olu.form("/reports/new", Map.of("account", hubId, "status", "",
                "category", "spam", "comment", tooLong));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"comment-error\"", tooLong);

        HttpResponse<String> filed = olu.form("/reports/new", Map.of("account", hubId, "status", "",
                "category", "spam", "comment", "Reported from the page"));
        assertThat(filed.statusCode()).isEqualTo(200);
        assertThat(filed.body()).contains("id=\"report-filed\"");
        JsonNode report = openReport("Reported from the page");
        assertThat(report.get("category").asText()).isEqualTo("spam");
        assertThat(report.get("account").get("username").asText()).isEqualTo("olu");
        assertThat(new TestMembers.SignedIn(http(), null).get("/reports/new?account=" + hubId, "text/html")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aGoToSocialFlagIsFiledOnceAndOneAboutNothingHereIsIgnored() {
        try (RemoteServer remote = new RemoteServer()) {
            URI instance = remote.addActor("gts");
            JsonNode flag = SharedFixtures.peer("gotosocial/flag.json", Map.of(
                    "http://example.org/reports/01GP3AWY4CRDVRNZKW0TEAMB5R", remote.base() + "/reports/1",
                    "http://example.org/users/example.org", instance.toString(),
                    "http://fossbros-anonymous.io/users/foss_satan/statuses/01FVW7JHQFSFK166WWKR8CBA6M",
                    remote.base() + "/statuses/unknown",
                    "http://fossbros-anonymous.io/users/foss_satan", hub()));
            deliverAndAwait(remote, instance, flag);
            JsonNode report = openReport("dark souls sucks, please yeet this nerd");
            assertThat(report.get("target_account").get("username").asText()).isEqualTo("hackney");
            assertThat(report.get("status_ids")).isEmpty();
            // Delivered again, it is accepted and filed once.
            assertThat(remote.deliver(instance, baseUrl() + "/inbox", flag).statusCode()).isEqualTo(202);

            ObjectNode aboutNothing = Activities.activity("Flag", URI.create(remote.base() + "/reports/2"), instance,
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(remote.base() + "/users/stranger"));
            aboutNothing.put("content", "About someone you never heard of");
            assertThat(remote.deliver(instance, baseUrl() + "/inbox", aboutNothing).statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(remote.base() + "/reports/2")
                    .map(row -> row.state().equals("ignored")).orElse(false));
            assertThat(inbox.findByActivityUri(remote.base() + "/reports/2").orElseThrow().outcome())
                    .contains("reports no account held here");
            String open = mo().jsonOk("GET", "/api/v1/admin/reports", null).toString();
            assertThat(open).doesNotContain("About someone you never heard of");
            assertThat(open.split("dark souls sucks", -1)).hasSize(2);
        }
    }
}
