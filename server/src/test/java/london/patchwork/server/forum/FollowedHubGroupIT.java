package london.patchwork.server.forum;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.posts.LongFormService;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.posts.Visibility;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real hubs: Lambeth's organiser follows Hackney's Group through {@code /api/patchwork/forum/groups}, and a
 * thread Ada opens on Hackney (a Page whose audience is Hackney's Group) shows on Lambeth's page of that group, with
 * Ada's reply, her edit and her delete.
 * <p>
 * Until Hackney's Group announces its threads (the forum's outgoing half), Lambeth also follows Ada, so her
 * {@code Create}, {@code Update} and {@code Delete} reach it directly; the thread is filed under Hackney's Group
 * by the Page's audience either way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowedHubGroupIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RunningHub hackney;
    private RunningHub lambeth;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stop() {
        lambeth.close();
        hackney.close();
    }

    private Optional<Post> onLambeth(String uri) {
        return lambeth.bean(PostRepository.class).findByUri(uri);
    }

    private void lambethFollowsMember(String actorUrl) {
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(actorUrl, StandardCharsets.UTF_8), Map.of()));
        String id = account.get("id").asText();
        lambeth.api().send("POST", "/api/v1/accounts/" + id + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + id, Map.of())).path(0).path("following").asBoolean());
    }

    private LongFormService.Draft draft(String title, String markdown) {
        return new LongFormService.Draft("Page", title, null, markdown, null, List.of(), Visibility.PUBLIC, "en",
                URI.create(hackney.actorUrl()), null);
    }

    @Test
    void aThreadOpenedOnOneHubShowsOnTheFollowingHubsGroupPage() throws Exception {
        JsonNode followed = HttpProbe.json(PeerGroup.organiser(lambeth.baseUrl(), "POST",
                "/api/patchwork/forum/groups", "{\"handle\":\"hackney@" + URI.create(hackney.baseUrl())
                        .getAuthority() + "\"}"));
        String groupId = followed.get("id").asText();
        assertThat(followed.get("uri").asText()).isEqualTo(hackney.actorUrl());
        await().atMost(PATIENCE).until(() -> PeerGroup.state(lambeth.baseUrl(), groupId).equals("accepted"));

        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        Actor adaActor = hackney.bean(LocalActors.class).find("ada").orElseThrow();
        lambethFollowsMember(hackney.baseUrl() + "/actors/ada");

        LongFormService forum = hackney.bean(LongFormService.class);
        LongFormService.Published thread = forum.publish(adaActor, draft("Street party on Saturday",
                "Who can bring *tables*?"));
        await().atMost(PATIENCE).until(() -> onLambeth(thread.uri()).isPresent());
        Post copy = onLambeth(thread.uri()).orElseThrow();
        assertThat(copy.type()).isEqualTo("Page");
        RemoteThreadRepository threads = lambeth.bean(RemoteThreadRepository.class);
        await().atMost(PATIENCE).until(() -> threads.findRemote(copy.id()).isPresent());
        assertThat(threads.findRemote(copy.id()).orElseThrow().groupActorId()).isEqualTo(Long.parseLong(groupId));

        JsonNode reply = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"I can bring two\","
                + "\"in_reply_to_id\":\"" + thread.id() + "\"}");
        String replyUri = reply.get("uri").asText();
        await().atMost(PATIENCE).until(() -> onLambeth(replyUri).isPresent());
        assertThat(onLambeth(replyUri).orElseThrow().rootId()).isEqualTo(copy.id());

        String groupPage = lambeth.http().get("/forum/groups/" + groupId, "text/html").body();
        assertThat(groupPage).contains("Street party on Saturday").contains("1 reply")
                .contains("/forum/remote/" + copy.id());
        String threadPage = lambeth.http().get("/forum/remote/" + copy.id(), "text/html").body();
        assertThat(threadPage).contains("Who can bring <em>tables</em>?").contains("I can bring two")
                .contains("@ada@" + URI.create(hackney.baseUrl()).getAuthority());

        forum.edit(adaActor, thread.id(), draft("Street party on Sunday", "Who can bring *chairs*?"));
        await().atMost(PATIENCE).until(() -> onLambeth(thread.uri()).map(Post::name).orElse("")
                .equals("Street party on Sunday"));
        assertThat(lambeth.http().get("/forum/remote/" + copy.id(), "text/html").body())
                .contains("Who can bring <em>chairs</em>?").doesNotContain("tables");

        assertThat(forum.delete(adaActor, thread.id())).isTrue();
        await().atMost(PATIENCE).until(() -> onLambeth(thread.uri()).map(Post::deleted).orElse(false));
        assertThat(lambeth.http().get("/forum/groups/" + groupId, "text/html").body())
                .doesNotContain("Street party");

        assertThat(PeerGroup.organiser(lambeth.baseUrl(), "DELETE", "/api/patchwork/forum/groups/" + groupId, null)
                .statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> hackney.rows().queryLong("select count(*) from follows f join actors a "
                + "on a.id = f.follower_id where not a.local and f.followed_id = (select id from actors where local "
                + "and type = 'Group')") == 0);
    }

    /**
     * Only through the Group: Lambeth follows Hackney's Group and none of its members, so Grace's thread, Mo's reply,
     * Grace's edit and her delete reach Lambeth as the Group's {@code Announce}s, each object fetched from Hackney.
     */
    @Test
    void threadsAndRepliesReachAFollowingHubOnlyThroughTheGroupsAnnounces() {
        JsonNode followed = HttpProbe.json(PeerGroup.organiser(lambeth.baseUrl(), "POST",
                "/api/patchwork/forum/groups", "{\"handle\":\"hackney@" + URI.create(hackney.baseUrl())
                        .getAuthority() + "\"}"));
        String groupId = followed.get("id").asText();
        await().atMost(PATIENCE).until(() -> PeerGroup.state(lambeth.baseUrl(), groupId).equals("accepted"));
        TestMembers.SignedIn grace = TestMembers.GRACE.join(hackney.baseUrl());
        TestMembers.SignedIn mo = TestMembers.MO.join(hackney.baseUrl());

        JsonNode thread = grace.jsonOk("POST", "/api/patchwork/forum/threads", "{\"category\":\"general\","
                + "\"title\":\"Tool library opening hours\",\"text\":\"Should we open on *Sundays*?\"}");
        String uri = thread.get("uri").asText();
        await("the thread at Lambeth through the Group").atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        Post copy = onLambeth(uri).orElseThrow();
        RemoteThreadRepository threads = lambeth.bean(RemoteThreadRepository.class);
        await().atMost(PATIENCE).until(() -> threads.findRemote(copy.id()).isPresent());
        assertThat(lambeth.rows().queryLong("select count(*) from inbox_activities where type = 'Announce' "
                + "and actor_uri = ? and raw->'object'->>'type' = 'Create'", hackney.actorUrl()))
                .as("Hackney's Group announced the Create").isPositive();

        JsonNode reply = mo.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Sundays suit me\","
                + "\"in_reply_to_id\":\"" + thread.get("id").asText() + "\"}");
        await("Mo's reply at Lambeth through the Group").atMost(PATIENCE)
                .until(() -> onLambeth(reply.get("uri").asText()).isPresent());
        assertThat(lambeth.http().get("/forum/remote/" + copy.id(), "text/html").body())
                .contains("Should we open on <em>Sundays</em>?").contains("Sundays suit me");

        grace.jsonOk("PUT", "/api/patchwork/forum/threads/" + thread.get("id").asText(), "{\"title\":"
                + "\"Tool library: Sunday hours\",\"text\":\"We open on Sundays from January.\"}");
        await("the edit at Lambeth").atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::name).orElse("")
                .equals("Tool library: Sunday hours"));

        assertThat(grace.json("DELETE", "/api/patchwork/forum/threads/" + thread.get("id").asText(), null)
                .statusCode()).isEqualTo(204);
        await("the delete at Lambeth").atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::deleted)
                .orElse(false));
    }
}
