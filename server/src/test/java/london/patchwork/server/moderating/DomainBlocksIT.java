package london.patchwork.server.moderating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Blocking and silencing, as the fediverse sees them: a blocked domain's activities are refused with 403 and
 * nothing of them is stored, its follows end and nothing more is delivered to it; a silenced actor's or domain's
 * posts are kept but leave the public pages. Only moderators and organisers may do any of it.
 */
@MicronautTest(transactional = false)
class DomainBlocksIT extends HubTest {

    @Inject FollowRepository follows;
    @Inject ActorRepository actors;
    @Inject PostRepository posts;
    @Inject InboxActivityRepository inbox;

    private String hub() {
        return baseUrl() + "/actors/hackney";
    }

    private HubApi organiser() {
        return new HubApi(baseUrl());
    }

    private void deliverAndAwait(RemoteServer server, URI actor, JsonNode activity) {
        HttpResponse<String> response = server.deliver(actor, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
    }

    private ObjectNode follow(URI actor, String n) {
        return Activities.activity("Follow", URI.create(actor + "/follows/" + n), actor,
                com.fasterxml.jackson.databind.node.TextNode.valueOf(hub()));
    }

    private ObjectNode reply(URI actor, String n, String inReplyTo, String text) {
        ObjectNode note = Activities.note(URI.create(actor + "/statuses/" + n), actor, "<p>" + text + "</p>",
                URI.create(hub()));
        note.put("inReplyTo", inReplyTo);
        return Activities.create(actor, note);
    }

    private long count(String sql, Object... values) {
        return rows().queryLong(sql, values);
    }

    private void update(String sql, Object... values) {
        rows().update(sql, values);
    }

    private FederationRows rows() {
        return new FederationRows(getProperties().get("datasources.default.url"));
    }

    @Test
    void membersMayNotModerateButModeratorsAndTheOrganiserTokenMay() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        String block = "{\"domain\":\"spam.example\",\"severity\":\"silence\",\"private_comment\":\"spam\"}";

        assertThat(grace.json("GET", "/api/v1/admin/reports", null).statusCode()).isEqualTo(403);
        assertThat(grace.json("POST", "/api/v1/admin/domain_blocks", block).statusCode()).isEqualTo(403);
        assertThat(grace.json("GET", "/api/patchwork/moderation/log", null).statusCode()).isEqualTo(403);
        assertThat(new TestMembers.SignedIn(http(), null).json("GET", "/api/v1/admin/domain_blocks", null)
                .statusCode()).isEqualTo(401);

        assertThat(mo.json("POST", "/api/v1/admin/domain_blocks", block).statusCode()).isEqualTo(200);
        JsonNode blocks = HttpProbe.json(organiser().send("GET", "/api/v1/admin/domain_blocks", Map.of()));
        assertThat(blocks.findValuesAsText("domain")).contains("spam.example");
        assertThat(HttpProbe.json(organiser().send("DELETE", "/api/v1/admin/domain_blocks/spam.example", Map.of()))
                .isObject()).isTrue();

        JsonNode log = mo.jsonOk("GET", "/api/patchwork/moderation/log", null);
        assertThat(log.get(0).get("action").asText()).isEqualTo("lift domain block");
        assertThat(log.get(0).get("by").asText()).isEqualTo("organiser token");
        assertThat(log.get(1).get("action").asText()).isEqualTo("silence domain");
        assertThat(log.get(1).get("by").asText()).isEqualTo("@mo");
        assertThat(log.get(1).get("reason").asText()).isEqualTo("spam");
    }

    @Test
    void aBlockedDomainIsRefusedStoresNothingLosesItsFollowsAndGetsNoDeliveries() {
        try (RemoteServer remote = new RemoteServer()) {
            URI bob = remote.addActor("bob");
            String host = bob.getAuthority();
            ObjectNode follow = follow(bob, "1");
            deliverAndAwait(remote, bob, follow);
            assertThat(follows.findByActivityUri(follow.get("id").asText())).isPresent();
            String before = organiser().publish("Before the block", "public").get("uri").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> remote.received().stream()
                    .anyMatch(post -> post.body().toString().contains(before)));

            // A job still waiting for bob's server (its next attempt an hour away) when the block comes.
            update("""
                    insert into delivery_jobs (activity_id, inbox_uri, host, next_attempt_at)
                    values ((select max(id) from activities), ?, ?, now() + interval '1 hour')""",
                    bob + "/inbox", host);

            HttpResponse<String> blocked = organiser().send("POST", "/api/v1/admin/domain_blocks",
                    Map.of("domain", host, "severity", "suspend", "private_comment", "harassment"));
            assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
            assertThat(HttpProbe.json(blocked).get("follows_ended").asInt()).isEqualTo(1);
            assertThat(HttpProbe.json(blocked).get("deliveries_dropped").asInt()).isEqualTo(1);
            assertThat(follows.findByActivityUri(follow.get("id").asText())).isEmpty();

            ObjectNode create = reply(bob, "1", before, "Can you still see me?");
            HttpResponse<String> refused = remote.deliver(bob, baseUrl() + "/inbox", create);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("domain blocked");
            assertThat(inbox.findByActivityUri(create.get("id").asText())).isEmpty();
            assertThat(posts.findByUri(bob + "/statuses/1")).isEmpty();

            // Even a follow the block did not see (another process's, say) gets no delivery.
            update("""
                    insert into follows (follower_id, followed_id, state, activity_uri, accepted_at)
                    values (?, ?, 'accepted', ?, now())""", actors.findByUri(bob.toString()).orElseThrow().id(),
                    actors.findLocal("hackney").orElseThrow().id(), bob + "/follows/late");
            int receivedBefore = remote.received().size();
            String afterUri = organiser().publish("After the block", "public").get("uri").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> count(
                    "select count(*) from activities where object_id = (select id from objects where uri = ?) "
                            + "and fanout_state = 'done'", afterUri) == 1);
            assertThat(count("select count(*) from delivery_jobs where host = ? and activity_id in (select id "
                    + "from activities where object_id = (select id from objects where uri = ?))", host, afterUri))
                    .isZero();
            assertThat(count("select count(*) from delivery_jobs where host = ? and state = 'pending'", host)).isZero();
            assertThat(remote.received()).hasSize(receivedBefore);
        }
    }

    @Test
    void aSilencedActorAndASilencedDomainAreKeptButLeaveThePublicPages() {
        try (RemoteServer remote = new RemoteServer(); RemoteServer other = new RemoteServer()) {
            URI carol = remote.addActor("carol");
            URI dave = other.addActor("dave");
            JsonNode ours = organiser().publish("Tell us about the allotments", "public");
            String page = "/objects/" + ours.get("id").asText();
            deliverAndAwait(remote, carol, reply(carol, "1", ours.get("uri").asText(), "Carol on allotments"));
            deliverAndAwait(other, dave, reply(dave, "1", ours.get("uri").asText(), "Dave on allotments"));
            assertThat(http().get(page, "text/html").body()).contains("Carol on allotments", "Dave on allotments");
            long carolId = actors.findByUri(carol.toString()).orElseThrow().id();
            long carolPost = posts.findByUri(carol + "/statuses/1").orElseThrow().id();
            assertThat(http().get("/api/v1/statuses/" + carolPost, "application/json").statusCode()).isEqualTo(200);

            HttpResponse<String> silenced = organiser().send("POST", "/api/v1/admin/accounts/" + carolId + "/action",
                    Map.of("type", "silence", "text", "off-topic adverts"));
            assertThat(silenced.statusCode()).as(silenced.body()).isEqualTo(200);
            assertThat(organiser().send("POST", "/api/v1/admin/domain_blocks", Map.of("domain",
                    dave.getAuthority(), "severity", "silence")).statusCode()).isEqualTo(200);

            String after = http().get(page, "text/html").body();
            assertThat(after).contains("Tell us about the allotments").doesNotContain("Carol on allotments")
                    .doesNotContain("Dave on allotments");
            assertThat(http().get("/api/v1/statuses/" + carolPost, "application/json").statusCode()).isEqualTo(404);

            // Silenced, not blocked: what carol sends is still taken in and kept.
            deliverAndAwait(remote, carol, reply(carol, "2", ours.get("uri").asText(), "Carol again"));
            assertThat(posts.findByUri(carol + "/statuses/2")).isPresent();
            JsonNode account = HttpProbe.json(organiser().send("GET", "/api/v1/admin/accounts/" + carolId, Map.of()));
            assertThat(account.get("silenced").asBoolean()).isTrue();
        }
    }

    @Test
    void aSuspendedRemoteActorIsRefusedAndUnfollowedWhileItsDomainIsNot() {
        try (RemoteServer remote = new RemoteServer()) {
            URI frank = remote.addActor("frank");
            URI gina = remote.addActor("gina");
            ObjectNode follow = follow(frank, "1");
            deliverAndAwait(remote, frank, follow);
            long frankId = actors.findByUri(frank.toString()).orElseThrow().id();

            HttpResponse<String> suspended = organiser().send("POST", "/api/patchwork/moderation/account_blocks",
                    Map.of("account_id", Long.toString(frankId), "severity", "suspend", "reason", "ban evasion"));
            assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
            assertThat(HttpProbe.json(suspended).get("suspended").asBoolean()).isTrue();
            assertThat(follows.findByActivityUri(follow.get("id").asText())).isEmpty();

            ObjectNode again = follow(frank, "2");
            HttpResponse<String> refused = remote.deliver(frank, baseUrl() + "/inbox", again);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("actor blocked");
            assertThat(inbox.findByActivityUri(again.get("id").asText())).isEmpty();
            deliverAndAwait(remote, gina, follow(gina, "1"));
            JsonNode blocks = HttpProbe.json(organiser().send("GET", "/api/patchwork/moderation/account_blocks",
                    Map.of()));
            assertThat(blocks.toString()).contains("ban evasion", "\"username\":\"frank\"");

            assertThat(organiser().send("POST", "/api/v1/admin/accounts/" + frankId + "/unsuspend", Map.of())
                    .statusCode()).isEqualTo(200);
            deliverAndAwait(remote, frank, follow(frank, "3"));
        }
    }
}
