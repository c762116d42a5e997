package london.patchwork.server.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.inbox.InboxActivity;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.SharedFixtures;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Lemmy community and a NodeBB category the hub follows, on stand-in servers serving the peers' own documents
 * (../shared/fixtures/peers, URLs pointed at 127.0.0.1): what the groups announce lands in the right thread with
 * its author, fetched from each post's origin, never taken from the announcement. Mbin federates with Lemmy's
 * shapes (Page for a thread, Note for a comment, the community's Announce), so the Lemmy documents stand for it.
 */
@MicronautTest(transactional = false)
class GroupPeersIT extends HubTest {

    @Inject PostRepository posts;
    @Inject InboxActivityRepository inbox;
    @Inject RemoteThreadRepository threads;

    private RemoteServer lemmy;
    private RemoteServer elsewhere;
    private PeerGroup community;
    private String communityId;
    private URI picard;
    private Map<String, String> lemmyUrls;

    @BeforeAll
    void startPeers() {
        SharedFixtures.root();
        lemmy = new RemoteServer();
        elsewhere = new RemoteServer("localhost");
        picard = lemmy.addActor("picard");
        lemmy.addActor("lemmy_alpha");
        String base = lemmy.base();
        lemmyUrls = new HashMap<>();
        lemmyUrls.put("https://enterprise.lemmy.ml/c/tenforward", base + "/users/tenforward");
        lemmyUrls.put("https://enterprise.lemmy.ml/u/picard", picard.toString());
        lemmyUrls.put("https://enterprise.lemmy.ml", base);
        community = PeerGroup.serve(lemmy, "tenforward", "lemmy/group.json", lemmyUrls);
        lemmy.put("/users/tenforward/moderators", SharedFixtures.peer("lemmy/group-moderators.json", lemmyUrls));
        communityId = community.followFrom(baseUrl());
    }

    @AfterAll
    void stopPeers() {
        if (lemmy != null) {
            lemmy.close();
            elsewhere.close();
        }
    }

    /** Lemmy's Announce{Create{Page}}, its inner activity and object pointed at {@code objectId}. */
    private ObjectNode announceCreate(String objectId, JsonNode embedded, String suffix) {
        ObjectNode announce = (ObjectNode) SharedFixtures.peer("lemmy/announce-create-page.json", Map.of(
                "http://enterprise.lemmy.ml/c/main", community.uri().toString(),
                "http://enterprise.lemmy.ml/u/main", community.uri().toString(),
                "http://enterprise.lemmy.ml/u/lemmy_beta", picard.toString(),
                "http://enterprise.lemmy.ml/post/7", objectId,
                "http://enterprise.lemmy.ml", lemmy.base()));
        announce.put("id", announce.get("id").asText() + suffix);
        ObjectNode create = (ObjectNode) announce.get("object");
        create.put("id", create.get("id").asText() + suffix);
        if (embedded != null) {
            create.set("object", embedded);
        }
        return announce;
    }

    private ObjectNode announce(String type, String actor, String objectId, String suffix) {
        ObjectNode announce = announceCreate(objectId, null, suffix);
        ObjectNode inner = (ObjectNode) announce.get("object");
        inner.put("type", type).put("actor", actor).put("object", objectId);
        return announce;
    }

    private InboxActivity delivered(JsonNode activity) {
        community.deliver(baseUrl(), activity);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(id).orElseThrow();
    }

    private Post held(String uri) {
        return posts.findByUri(uri).orElseThrow(() -> new AssertionError("not held: " + uri));
    }

    /** Serves Lemmy's page.json at /post/N with the given title. */
    private String servePage(int number, String title) {
        ObjectNode page = (ObjectNode) SharedFixtures.peer("lemmy/page.json", lemmyUrls);
        String id = lemmy.base() + "/post/" + number;
        page.put("id", id).put("name", title).put("context", id + "/context");
        lemmy.put("/post/" + number, page);
        return id;
    }

    private String serveComment(int number, String inReplyTo, String text) {
        ObjectNode comment = (ObjectNode) SharedFixtures.peer("lemmy/comment-note.json", lemmyUrls);
        String id = lemmy.base() + "/comment/" + number;
        comment.put("id", id).put("inReplyTo", inReplyTo).put("content", "<p>" + text + "</p>\n");
        lemmy.put("/comment/" + number, comment);
        return id;
    }

    @Test
    void aLemmyPageAndItsCommentsBecomeAThreadWithTheirAuthors() {
        String pageId = servePage(55143, "Post title");
        assertThat(delivered(announceCreate(pageId, null, "-page")).state()).isEqualTo("done");
        Post page = held(pageId);
        // The announcement carried only "post 4" with no text: what is held is the origin's Page.
        assertThat(page.name()).isEqualTo("Post title");
        assertThat(page.contentHtml()).contains("This is a post in the /c/tenforward community");
        ForumThread thread = threads.findRemote(page.id()).orElseThrow();
        assertThat(thread.groupActorId()).isEqualTo(Long.parseLong(communityId));

        String commentId = serveComment(38741, pageId, "first comment!");
        JsonNode comment = lemmy.document("/comment/38741");
        assertThat(delivered(announceCreate(commentId, comment, "-comment")).state()).isEqualTo("done");
        assertThat(held(commentId).rootId()).isEqualTo(page.id());
        assertThat(threads.findRemote(page.id()).orElseThrow().replyCount()).isEqualTo(1);

        String author = "@picard@" + URI.create(lemmy.base()).getAuthority();
        String groupPage = http().get("/forum/groups/" + communityId, "text/html").body();
        assertThat(groupPage).contains("Ten Forward").contains("Post title").contains(author)
                .contains("/forum/remote/" + page.id());
        String threadPage = http().get("/forum/remote/" + page.id(), "text/html").body();
        assertThat(threadPage).contains("Post title").contains("This is a post in the /c/tenforward community")
                .contains("first comment!").contains(author);
    }

    @Test
    void editsAndDeletionsComeFromTheOrigin() {
        // By lemmy_alpha, whom the community does not list as a moderator: only the origin can delete it.
        String alpha = lemmy.base() + "/users/lemmy_alpha";
        String pageId = servePage(2, "Before the edit");
        lemmy.put("/post/2", lemmy.document("/post/2").put("attributedTo", alpha));
        delivered(announceCreate(pageId, null, "-edited"));
        long id = held(pageId).id();

        ObjectNode edited = lemmy.document("/post/2");
        edited.put("name", "After the edit").put("content", "<p>new words<script>alert(1)</script></p>");
        lemmy.put("/post/2", edited);
        ObjectNode update = announceCreate(pageId, null, "-update");
        ((ObjectNode) update.get("object")).put("type", "Update");
        assertThat(delivered(update).state()).isEqualTo("done");
        assertThat(held(pageId).name()).isEqualTo("After the edit");
        assertThat(held(pageId).contentHtml()).contains("new words").doesNotContain("script");

        // The author's Delete, while the origin still serves the page, deletes nothing.
        JsonNode early = announce("Delete", alpha, pageId, "-early-delete");
        assertThat(delivered(early).state()).isEqualTo("ignored");
        assertThat(held(pageId).deleted()).isFalse();

        lemmy.answer("/post/2", 410);
        JsonNode delete = announce("Delete", alpha, pageId, "-delete");
        assertThat(delivered(delete).state()).isEqualTo("done");
        assertThat(held(pageId).deleted()).isTrue();
        assertThat(http().get("/forum/groups/" + communityId, "text/html").body()).doesNotContain("After the edit");
        assertThat(http().get("/forum/remote/" + id, "text/html").statusCode()).isEqualTo(410);
    }

    @Test
    void aForgedAnnounceShowsTheRealAuthorsWords() {
        URI dax = elsewhere.addActor("dax");
        ObjectNode real = (ObjectNode) SharedFixtures.peer("lemmy/page.json", lemmyUrls);
        String realId = elsewhere.base() + "/post/1";
        real.put("id", realId).put("attributedTo", dax.toString()).put("name", "What Dax really wrote")
                .put("content", "<p>the real words</p>");
        elsewhere.put("/post/1", real);
        ObjectNode forged = real.deepCopy();
        forged.put("name", "Forged title").put("content", "<p>words put in Dax's mouth</p>");

        assertThat(delivered(announceCreate(realId, forged, "-forged")).state()).isEqualTo("done");
        Post kept = held(realId);
        assertThat(kept.name()).isEqualTo("What Dax really wrote");
        assertThat(kept.contentHtml()).contains("the real words").doesNotContain("mouth");
        assertThat(http().get("/forum/remote/" + kept.id(), "text/html").body()).contains("the real words")
                .doesNotContain("mouth");

        // An object its claimed origin does not serve is not kept at all.
        String missing = elsewhere.base() + "/post/404";
        ObjectNode invented = forged.deepCopy();
        invented.put("id", missing);
        assertThat(delivered(announceCreate(missing, invented, "-invented")).state()).isEqualTo("ignored");
        assertThat(posts.findByUri(missing)).isEmpty();
    }

    @Test
    void aMastodonReplyJoinsTheThreadAndOnlyModeratorsRemoveIt() {
        String pageId = servePage(3, "Thread Mastodon users reply to");
        delivered(announceCreate(pageId, null, "-for-mastodon"));
        Post page = held(pageId);

        URI felix = elsewhere.addActor("felix");
        String noteId = felix + "/statuses/107224289116410645";
        JsonNode create = SharedFixtures.peer("mastodon/create-note.json", Map.of(
                "https://mastodon.madrid/users/felix/statuses/107224289116410645", noteId,
                "https://mastodon.madrid/users/felix", felix.toString(),
                "https://mamot.fr/users/retiolus/statuses/107224244380204526", pageId,
                "https://mamot.fr/users/retiolus", picard.toString(),
                "https://mastodon.madrid/@felix/107224289116410645", elsewhere.base() + "/@felix/1"));
        assertThat(elsewhere.deliver(felix, baseUrl() + "/inbox", create).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> posts.findByUri(noteId).isPresent());
        Post reply = held(noteId);
        assertThat(reply.rootId()).isEqualTo(page.id());
        assertThat(http().get("/forum/remote/" + page.id(), "text/html").body()).contains("thinkpad")
                .contains("@felix@" + URI.create(elsewhere.base()).getAuthority());

        // Lemmy's moderator removal (remove-note-by-mod.json), first by someone the community does not list.
        URI alpha = URI.create(lemmy.base() + "/users/lemmy_alpha");
        ObjectNode notModerator = (ObjectNode) SharedFixtures.peer("lemmy/remove-note-by-mod.json", Map.of(
                "http://enterprise.lemmy.ml/u/lemmy_beta", alpha.toString(),
                "http://ds9.lemmy.ml/comment/1", noteId,
                "http://enterprise.lemmy.ml/c/main", community.uri().toString(),
                "https://enterprise.lemmy.ml/c/main", community.uri().toString(),
                "http://enterprise.lemmy.ml", lemmy.base()));
        ObjectNode wrapped = announceCreate(noteId, notModerator, "-not-a-mod");
        wrapped.set("object", notModerator);
        assertThat(delivered(wrapped).state()).isEqualTo("ignored");
        assertThat(held(noteId).deleted()).isFalse();

        ObjectNode byModerator = notModerator.deepCopy();
        byModerator.put("actor", picard.toString()).put("id", notModerator.get("id").asText() + "-mod");
        ObjectNode removal = announceCreate(noteId, null, "-by-mod");
        removal.set("object", byModerator);
        assertThat(delivered(removal).state()).isEqualTo("done");
        assertThat(held(noteId).deleted()).isTrue();
        assertThat(http().get("/forum/remote/" + page.id(), "text/html").body()).doesNotContain("thinkpad");
    }

    @Test
    void votesTheGroupSharesAreRecordedAndNotApplied() {
        JsonNode like = SharedFixtures.peer("lemmy/like-note.json", Map.of(
                "http://ds9.lemmy.ml/u/lemmy_alpha", lemmy.base() + "/users/lemmy_alpha",
                "http://ds9.lemmy.ml/comment/1", lemmy.base() + "/comment/1",
                "https://enterprise.lemmy.ml/c/tenforward", community.uri().toString(),
                "http://ds9.lemmy.ml", lemmy.base()));
        ObjectNode announce = announceCreate(lemmy.base() + "/comment/1", null, "-like");
        announce.set("object", like);
        InboxActivity row = delivered(announce);
        assertThat(row.state()).isEqualTo("ignored");
        assertThat(lemmy.getsOf("/activities/like/fd61d070-7382-46a9-b2b7-6bb253732877")).isZero();
    }

    @Test
    void aNodeBbTopicBecomesAThreadOfItsCategory() {
        try (RemoteServer nodebb = new RemoteServer()) {
            URI julian = nodebb.addActor("uid2");
            Map<String, String> urls = Map.of(
                    "https://community.nodebb.org/category/30", nodebb.base() + "/users/category30",
                    "https://community.nodebb.org/uid/2", julian.toString(),
                    "https://community.nodebb.org", nodebb.base());
            PeerGroup category = PeerGroup.serve(nodebb, "category30", "nodebb/category-group.json", urls);
            String categoryId = category.followFrom(baseUrl());
            JsonNode announce = SharedFixtures.peer("nodebb/announce-create-note.json", urls);
            JsonNode note = announce.at("/object/object");
            nodebb.put("/post/103075", note);

            category.deliver(baseUrl(), announce);
            String noteId = note.get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> posts.findByUri(noteId).isPresent());
            Post topic = held(noteId);
            assertThat(topic.name()).isEqualTo("Long-formers Activate!");
            await().atMost(Duration.ofSeconds(10)).until(() -> threads.findRemote(topic.id()).isPresent());
            assertThat(threads.findRemote(topic.id()).orElseThrow().groupActorId())
                    .isEqualTo(Long.parseLong(categoryId));
            assertThat(http().get("/forum/groups/" + categoryId, "text/html").body())
                    .contains("Long-formers Activate!").contains("@uid2@" + URI.create(nodebb.base()).getAuthority());

            // NodeBB's newer topics are Articles (topic-article.json), announced the same way.
            JsonNode article = SharedFixtures.peer("nodebb/topic-article.json", Map.of(
                    "https://bb.devnull.land/category/2", category.uri().toString(),
                    "https://bb.devnull.land/uid/1", julian.toString(),
                    "https://bb.devnull.land", nodebb.base()));
            String articleId = article.get("id").asText();
            nodebb.put(URI.create(articleId).getPath(), article);
            ObjectNode announceArticle = announce.deepCopy();
            announceArticle.put("id", announce.get("id").asText() + "-article");
            ((ObjectNode) announceArticle.get("object")).put("id", articleId + "#activity/create/1")
                    .set("object", article);
            category.deliver(baseUrl(), announceArticle);
            await().atMost(Duration.ofSeconds(30)).until(() -> posts.findByUri(articleId)
                    .flatMap(kept -> threads.findRemote(kept.id())).isPresent());
            assertThat(held(articleId).type()).isEqualTo("Article");
            assertThat(http().get("/forum/groups/" + categoryId, "text/html").body())
                    .contains("Welcome to your NodeBB!");
        }
    }

    @Test
    void aGroupNobodyHereFollowsIsNotListened() {
        PeerGroup stranger = PeerGroup.serve(lemmy, "strangers", "lemmy/group.json", lemmyUrls);
        String pageId = servePage(4, "From a group nobody follows");
        ObjectNode announce = announceCreate(pageId, null, "-stranger");
        announce.put("actor", stranger.uri().toString());
        stranger.deliver(baseUrl(), announce);
        String id = announce.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        assertThat(inbox.findByActivityUri(id).orElseThrow().state()).isEqualTo("ignored");
        assertThat(posts.findByUri(pageId)).isEmpty();
    }

    @Test
    void theApiRefusesWhatIsNotAFollowableGroup() {
        assertThat(PeerGroup.organiser(baseUrl(), "POST", "/api/patchwork/forum/groups", "{}").statusCode())
                .isEqualTo(422);
        assertThat(PeerGroup.organiser(baseUrl(), "POST", "/api/patchwork/forum/groups",
                "{\"handle\":\"just some words\"}").statusCode()).isEqualTo(422);
        HttpResponse<String> person = PeerGroup.organiser(baseUrl(), "POST", "/api/patchwork/forum/groups",
                "{\"handle\":\"" + picard + "\"}");
        assertThat(person.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(person).get("error").asText()).contains("not a group");
        assertThat(PeerGroup.organiser(baseUrl(), "DELETE", "/api/patchwork/forum/groups/999999", null).statusCode())
                .isEqualTo(404);
        assertThat(PeerGroup.organiser(baseUrl(), "GET", "/api/patchwork/forum/groups", null).body())
                .contains(community.uri().toString());

        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        assertThat(ada.json("GET", "/api/patchwork/forum/groups", null).statusCode()).isEqualTo(403);
        assertThat(ada.get("/organise/forum/groups", "text/html").statusCode()).isEqualTo(403);
        assertThat(http().get("/organise/forum/groups", "text/html").statusCode()).isEqualTo(303);
    }

    @Test
    void theOrganisersPageListsGroupsAndKeepsWhatWasTypedWhenRefused() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        String page = olu.get("/organise/forum/groups", "text/html").body();
        assertThat(page).contains("Ten Forward").contains("/forum/groups/" + communityId).contains("accepted")
                .contains("<label for=\"handle\">");

        HttpResponse<String> refused = olu.form("/organise/forum/groups", Map.of("handle", picard.toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"handle-error\"").contains("not a group")
                .contains("value=\"" + picard + "\"");

        HttpResponse<String> noToken = olu.http().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/organise/forum/groups"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", olu.sessionCookie())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("handle=x%40y.example")));
        assertThat(noToken.statusCode()).isEqualTo(403);
    }

    @Test
    void bareAnnouncesOfAPageAndItsCommentOpenAThreadToo() {
        String pageId = servePage(5, "Announced bare, as Mastodon can read it");
        ObjectNode page = announceCreate(pageId, null, "-bare-page");
        page.put("object", pageId);
        assertThat(delivered(page).state()).isEqualTo("done");
        Post thread = held(pageId);
        await().atMost(Duration.ofSeconds(10)).until(() -> threads.findRemote(thread.id()).isPresent());

        String commentId = serveComment(6, pageId, "a comment announced bare");
        ObjectNode comment = announceCreate(commentId, null, "-bare-comment");
        comment.put("object", commentId);
        assertThat(delivered(comment).state()).isEqualTo("done");
        assertThat(held(commentId).rootId()).isEqualTo(thread.id());
        assertThat(http().get("/forum/remote/" + thread.id(), "text/html").body())
                .contains("a comment announced bare");
    }

    @Test
    void hostileHtmlInAThreadIsShownSanitised() {
        String pageId = servePage(7, "Hostile markup");
        lemmy.put("/post/7", lemmy.document("/post/7").put("content", "<p>kept words</p>"
                + "<script>alert('s')</script><img src=\"x\" onerror=\"alert('e')\">"
                + "<iframe src=\"https://evil.example/\"></iframe><a href=\"javascript:alert('j')\">link</a>"
                + "<a href=\"data:text/html,boo\">data</a><p style=\"position:fixed\">styled</p>"));
        delivered(announceCreate(pageId, null, "-hostile"));
        String page = http().get("/forum/remote/" + held(pageId).id(), "text/html").body();
        assertThat(page).contains("kept words").contains("styled").doesNotContain("alert(")
                .doesNotContain("<iframe").doesNotContain("javascript:").doesNotContain("data:text/html")
                .doesNotContain("position:fixed");
    }
}
