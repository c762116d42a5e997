package london.patchwork.server.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.posts.LongFormService;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub's forum on one hub: members open threads and reply, a Mastodon user replies through the signed inbox,
 * and the hub's Group announces each change; moderators lock, pin and remove; an article opens a blog thread.
 */
@MicronautTest(transactional = false)
class ForumIT extends HubTest {

    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NOTES = new AtomicInteger();

    @Inject LongFormService longForm;
    @Inject ActorRepository actors;

    private RemoteServer mastodon;
    private URI bob;
    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private TestMembers.SignedIn mo;
    private TestMembers.SignedIn olu;

    @BeforeAll
    void start() {
        mastodon = new RemoteServer();
        bob = mastodon.addActor("bob");
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
        olu = TestMembers.OLU.join(baseUrl());
    }

    @AfterAll
    void stop() {
        mastodon.close();
    }

    private FederationRows rows() {
        return new FederationRows(getProperties().get("datasources.default.url"));
    }

    private String group() {
        return baseUrl() + "/actors/hackney";
    }

    private long hubId() {
        return rows().localActorId("hackney");
    }

    private JsonNode open(TestMembers.SignedIn member, String title, String category) {
        return member.jsonOk("POST", "/api/patchwork/forum/threads", "{\"category\":\"" + category + "\",\"title\":\""
                + title + "\",\"text\":\"First paragraph about " + title
                + ".\\n\\nMore words.\",\"tags\":[\"garden\"]}");
    }

    /** A Mastodon-shaped public Create{Note} from bob, delivered through the signed inbox; waits until applied. */
    /** Bob boosts a reply of his, served from his server: the hub fetches it from there. */
    private String boost(String inReplyTo, String text) {
        int n = NOTES.incrementAndGet();
        String id = bob + "/statuses/boosted-" + n;
        ObjectNode note = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", id).put("type", "Note").put("attributedTo", bob.toString()).put("inReplyTo", inReplyTo)
                .put("content", "<p>" + text + "</p>").put("published", Instant.now().toString());
        note.putArray("to").add(PUBLIC);
        mastodon.put(URI.create(id).getPath(), note);
        ObjectNode announce = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", id + "/announce").put("type", "Announce").put("actor", bob.toString()).put("object", id);
        announce.putArray("to").add(PUBLIC);
        HttpResponse<String> response = mastodon.deliver(bob, baseUrl() + "/inbox", announce);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows().queryLong("select count(*) from inbox_activities "
                + "where activity_uri = ? and state <> 'pending'", id + "/announce") == 1);
        return id;
    }

    private String deliverNote(String inReplyTo, String text, List<String> cc) {
        int n = NOTES.incrementAndGet();
        String id = bob + "/statuses/" + n;
        ObjectNode note = JSON.createObjectNode().put("id", id).put("type", "Note").put("attributedTo", bob.toString())
                .put("content", "<p>" + text + "</p>").put("published", Instant.now().toString())
                .put("url", mastodon.base() + "/@bob/" + n);
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        note.putArray("to").add(PUBLIC);
        cc.forEach(note.putArray("cc")::add);
        if (cc.contains(group())) {
            note.putArray("tag").addObject().put("type", "Mention").put("href", group())
                    .put("name", "@hackney@" + URI.create(baseUrl()).getAuthority());
        }
        ObjectNode create = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", id + "/activity").put("type", "Create").put("actor", bob.toString());
        create.set("to", note.get("to"));
        create.set("cc", note.get("cc"));
        create.set("object", note);
        HttpResponse<String> response = mastodon.deliver(bob, baseUrl() + "/inbox", create);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows().queryLong("select count(*) from inbox_activities "
                + "where activity_uri = ? and state <> 'pending'", id + "/activity") == 1);
        return id;
    }

    /** The group's activities of {@code type} embedding an {@code objectType} activity about {@code objectId}. */
    private long groupActivities(String type, String objectType, String objectId) {
        return rows().queryLong("select count(*) from activities where actor_id = ? and type = ? and "
                + "raw->'object'->>'type' = ? and (raw->'object'->'object'->>'id' = ? or raw->'object'->>'object' = ?)",
                hubId(), type, objectType, objectId, objectId);
    }

    private String text(String sql, Object... values) {
        try (var connection = rows().connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long storedPosts(String uri) {
        return rows().queryLong("select count(*) from objects where uri = ?", uri);
    }

    @Test
    void aThreadItsRepliesEditsAndDeleteAreAnnouncedByTheGroup() {
        JsonNode thread = open(ada, "Community garden rota", "general");
        String id = thread.get("id").asText();
        String page = thread.get("uri").asText();
        assertThat(thread.get("category").asText()).isEqualTo("general");
        assertThat(thread.get("url").asText()).endsWith("/forum/threads/" + id);

        // The Page as peers fetch it: audience, context, replies, summary and url.
        JsonNode document = HttpProbe.json(http().get("/objects/" + id, "application/activity+json"));
        assertThat(document.get("type").asText()).isEqualTo("Page");
        assertThat(document.get("audience").asText()).isEqualTo(group());
        assertThat(document.get("context").asText()).endsWith("/forum/threads/" + id + "/context");
        assertThat(document.get("replies").asText()).endsWith("/forum/threads/" + id + "/replies");
        assertThat(document.get("summary").asText()).contains("First paragraph about Community garden rota");
        assertThat(document.get("url").asText()).endsWith("/forum/threads/" + id);
        // Announce{Create{Page}} for Lemmy and Mbin, and Announce of the Page for Mastodon.
        assertThat(groupActivities("Announce", "Create", page)).isEqualTo(1);
        assertThat(rows().queryLong("select count(*) from activities where actor_id = ? and type = 'Announce' "
                + "and raw->>'object' = ?", hubId(), page)).isEqualTo(1);

        assertThat(http().get("/forum", "text/html").body()).contains("Community garden rota");
        assertThat(http().get("/forum/general", "text/html").body()).contains("Community garden rota");

        // A member replies on the thread's page.
        HttpResponse<String> replied = grace.form("/forum/threads/" + id + "/reply", Map.of("status",
                "I can do Saturdays."));
        assertThat(replied.statusCode()).isEqualTo(303);
        assertThat(http().get("/forum/threads/" + id, "text/html").body()).contains("I can do Saturdays.");
        String graceReply = text("select uri from objects where root_id = ? and local", Long.parseLong(id));
        assertThat(groupActivities("Announce", "Create", graceReply)).isEqualTo(1);
        assertThat(text("select context_uri from objects where uri = ?", graceReply))
                .endsWith("/forum/threads/" + id + "/context");

        // A Mastodon user replies through the signed inbox: kept, shown, counted, announced.
        String remote = deliverNote(page, "Sundays for me", List.of(bob + "/followers", group()));
        assertThat(storedPosts(remote)).isEqualTo(1);
        assertThat(http().get("/forum/threads/" + id, "text/html").body()).contains("Sundays for me");
        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/forum/threads/" + id, "application/json"));
        assertThat(shown.get("reply_count").asInt()).isEqualTo(2);
        assertThat(shown.get("replies")).hasSize(2);
        assertThat(groupActivities("Announce", "Create", remote)).isEqualTo(1);
        JsonNode context = HttpProbe.json(http().get("/forum/threads/" + id + "/context",
                "application/activity+json"));
        assertThat(context.get("totalItems").asInt()).isEqualTo(3);
        assertThat(context.at("/first/orderedItems").toString()).contains(page, graceReply, remote);

        // The author edits: the group announces the Update.
        ada.jsonOk("PUT", "/api/patchwork/forum/threads/" + id, "{\"title\":\"Community garden rota 2027\","
                + "\"text\":\"New plan.\"}");
        assertThat(groupActivities("Announce", "Update", page)).isEqualTo(1);
        assertThat(http().get("/forum/threads/" + id, "text/html").body()).contains("Community garden rota 2027");

        // Another member may not delete it; the author does, and the group announces the Delete.
        assertThat(grace.json("DELETE", "/api/patchwork/forum/threads/" + id, null).statusCode()).isEqualTo(403);
        assertThat(ada.json("DELETE", "/api/patchwork/forum/threads/" + id, null).statusCode()).isEqualTo(204);
        assertThat(groupActivities("Announce", "Delete", page)).isEqualTo(1);
        assertThat(http().get("/forum/threads/" + id, "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void aLockedThreadRefusesRepliesFromHereAndFromElsewhere() {
        String open = open(ada, "Open thread", "general").get("uri").asText();
        JsonNode locked = open(ada, "Locked thread", "general");
        String id = locked.get("id").asText();
        assertThat(grace.json("POST", "/api/patchwork/forum/threads/" + id + "/lock", null).statusCode())
                .isEqualTo(403);
        JsonNode after = mo.jsonOk("POST", "/api/patchwork/forum/threads/" + id + "/lock", null);
        assertThat(after.get("locked").asBoolean()).isTrue();
        assertThat(rows().queryLong("select count(*) from activities where actor_id = ? and type = 'Lock' "
                + "and raw->>'object' = ?", hubId(), locked.get("uri").asText())).isEqualTo(1);

        HttpResponse<String> local = grace.json("POST", "/api/v1/statuses", "{\"status\":\"Late reply\","
                + "\"in_reply_to_id\":\"" + id + "\"}");
        assertThat(local.statusCode()).isEqualTo(422);
        assertThat(local.body()).contains("locked");

        // Positive control first: a reply to an open thread is kept; then the one to the locked thread is not.
        String kept = deliverNote(open, "A reply that is kept", List.of(group()));
        assertThat(storedPosts(kept)).isEqualTo(1);
        String refused = deliverNote(locked.get("uri").asText(), "A reply to a locked thread", List.of(group()));
        assertThat(storedPosts(refused)).isZero();

        // Nor through a boost by someone followed here, which makes the hub fetch the boosted reply from its origin.
        rows().update("insert into follows (follower_id, followed_id, state, activity_uri, accepted_at) "
                + "select ?, id, 'accepted', ?, now() from actors where uri = ?", hubId(), bob + "#hub-follows",
                bob.toString());
        try {
            String boostedOpen = boost(open, "A boosted reply that is kept");
            await().atMost(Duration.ofSeconds(20)).until(() -> storedPosts(boostedOpen) == 1);
            assertThat(storedPosts(boost(locked.get("uri").asText(), "A boosted reply to a locked thread")))
                    .isZero();
        } finally {
            rows().update("delete from follows where activity_uri = ?", bob + "#hub-follows");
        }

        mo.jsonOk("POST", "/api/patchwork/forum/threads/" + id + "/unlock", null);
        assertThat(rows().queryLong("select count(*) from activities where actor_id = ? and type = 'Undo' "
                + "and raw->'object'->>'type' = 'Lock'", hubId())).isEqualTo(1);
        assertThat(grace.json("POST", "/api/v1/statuses", "{\"status\":\"Now I can\",\"in_reply_to_id\":\"" + id
                + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aPinnedThreadIsInTheGroupsFeaturedCollectionAndListedFirst() {
        JsonNode pinned = open(grace, "House rules", "general");
        open(grace, "A later thread", "general");
        mo.jsonOk("POST", "/api/patchwork/forum/threads/" + pinned.get("id").asText() + "/pin", null);
        JsonNode featured = HttpProbe.json(http().get("/actors/hackney/collections/featured",
                "application/activity+json"));
        assertThat(featured.toString()).contains(pinned.get("uri").asText());
        assertThat(rows().queryLong("select count(*) from activities where actor_id = ? and type = 'Add' "
                + "and raw->>'object' = ?", hubId(), pinned.get("uri").asText())).isEqualTo(1);
        JsonNode list = HttpProbe.json(http().get("/api/patchwork/forum/threads?category=general",
                "application/json"));
        assertThat(list.at("/threads/0/id").asText()).isEqualTo(pinned.get("id").asText());
        assertThat(list.at("/threads/0/pinned").asBoolean()).isTrue();
    }

    @Test
    void aModeratorsRemovalOfAReplyIsSentAsTheGroupsDelete() {
        JsonNode thread = open(ada, "Bins on Tuesday", "general");
        String id = thread.get("id").asText();
        String remote = deliverNote(thread.get("uri").asText(), "Spam spam spam", List.of(group()));
        long replyId = rows().queryLong("select id from objects where uri = ?", remote);
        assertThat(grace.json("DELETE", "/api/patchwork/forum/threads/" + id + "/replies/" + replyId, null)
                .statusCode()).isEqualTo(403);
        assertThat(mo.json("DELETE", "/api/patchwork/forum/threads/" + id + "/replies/" + replyId, null)
                .statusCode()).isEqualTo(204);
        assertThat(rows().queryLong("select count(*) from activities where actor_id = ? and type = 'Delete' "
                + "and raw->>'object' = ? and fanout_state in ('pending', 'done')", hubId(), remote)).isEqualTo(1);
        assertThat(http().get("/forum/threads/" + id, "text/html").body()).doesNotContain("Spam spam spam");
    }

    @Test
    void aMastodonPostMentioningTheGroupOpensAThread() {
        String note = deliverNote(null, "Does anyone have a ladder to lend?", List.of(group()));
        long postId = rows().queryLong("select id from objects where uri = ?", note);
        assertThat(text("select c.slug from forum_threads t join forum_categories c "
                + "on c.id = t.category_id where t.post_id = ?", postId)).isEqualTo("general");
        assertThat(http().get("/forum/threads/" + postId, "text/html").body())
                .contains("Does anyone have a ladder to lend?");
    }

    @Test
    void anArticleOpensABlogThreadThatRemoteRepliesJoin() throws Exception {
        var author = actors.findById(rows().localActorId("ada")).orElseThrow();
        LongFormService.Published article = longForm.publish(author, new LongFormService.Draft("Article",
                "Our first year", null, "We did a lot.", null, List.of(),
                london.patchwork.server.posts.Visibility.PUBLIC,
                "en", null, null));
        assertThat(text("select c.slug from forum_threads t join forum_categories c "
                + "on c.id = t.category_id where t.post_id = ?", article.id())).isEqualTo("blog");
        assertThat(groupActivities("Announce", "Create", article.uri())).isEqualTo(1);
        String reply = deliverNote(article.uri(), "Congratulations!", List.of(bob + "/followers"));
        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/forum/threads/" + article.id(),
                "application/json"));
        assertThat(shown.get("thread").get("category").asText()).isEqualTo("blog");
        assertThat(shown.get("replies").toString()).contains("Congratulations!");
        assertThat(storedPosts(reply)).isEqualTo(1);
    }

    @Test
    void theAuthorEditsTheThreadOnItsPage() {
        JsonNode thread = open(ada, "Repair cafe", "general");
        String id = thread.get("id").asText();
        assertThat(grace.get("/forum/threads/" + id + "/edit", "text/html").statusCode()).isEqualTo(403);
        String form = ada.get("/forum/threads/" + id + "/edit", "text/html").body();
        assertThat(form).contains("First paragraph about Repair cafe.").contains("garden");
        HttpResponse<String> blank = ada.form("/forum/threads/" + id + "/edit", Map.of("title", "Repair cafe",
                "category", "general", "text", "", "tags", "garden"));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("text-error").contains("Repair cafe");
        HttpResponse<String> saved = ada.form("/forum/threads/" + id + "/edit", Map.of("title",
                "Repair cafe on Fridays", "category", "blog", "text", "Bring broken toasters.", "tags", "repairs"));
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode edited = HttpProbe.json(http().get("/api/patchwork/forum/threads/" + id, "application/json"));
        assertThat(edited.at("/thread/title").asText()).isEqualTo("Repair cafe on Fridays");
        assertThat(edited.at("/thread/category").asText()).isEqualTo("blog");
        assertThat(edited.at("/thread/html").asText()).contains("Bring broken toasters.");
    }

    @Test
    void organisersKeepTheCategories() {
        assertThat(grace.json("POST", "/api/patchwork/forum/categories", "{\"slug\":\"events\",\"name\":\"Events\"}")
                .statusCode()).isEqualTo(403);
        JsonNode made = olu.jsonOk("POST", "/api/patchwork/forum/categories",
                "{\"slug\":\"events\",\"name\":\"Events\",\"description\":\"What is on\"}");
        assertThat(made.get("url").asText()).endsWith("/forum/events");
        HttpResponse<String> bad = olu.json("POST", "/api/patchwork/forum/categories",
                "{\"slug\":\"Bad Slug\",\"name\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(bad).get("error").asText()).startsWith("slug");
        olu.jsonOk("PUT", "/api/patchwork/forum/categories/events", "{\"name\":\"Events and meetings\","
                + "\"position\":0}");
        JsonNode listed = HttpProbe.json(http().get("/api/patchwork/forum/categories", "application/json"));
        assertThat(listed.get(0).get("name").asText()).isEqualTo("Events and meetings");
        assertThat(olu.json("DELETE", "/api/patchwork/forum/categories/blog", null).statusCode()).isEqualTo(422);
        assertThat(olu.json("DELETE", "/api/patchwork/forum/categories/events", null).statusCode()).isEqualTo(204);

        HttpResponse<String> form = olu.form("/organise/forum", Map.of("slug", "repairs", "name", "Repairs"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Created the category Repairs");
        HttpResponse<String> taken = olu.form("/organise/forum", Map.of("slug", "repairs", "name", "Fixing things"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("slug-error").contains("value=\"Fixing things\"");
        HttpResponse<String> blank = ada.form("/forum/new", Map.of("title", "", "category", "repairs",
                "text", "Some text"));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("title-error").contains("Some text");

        String atom = http().get("/forum/general/feed.atom", "application/atom+xml").body();
        assertThat(atom).contains("<feed");
        assertThat(http().get("/forum/general", "text/html").body()).contains("/forum/general/feed.json");
    }
}
