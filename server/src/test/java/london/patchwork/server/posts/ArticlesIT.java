package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blog articles: members write them through the API and the site, they federate as {@code Article}s with their
 * Markdown rendered and sanitised, and the article page gathers the discussion — replies from this hub's members
 * and from the fediverse, at any depth, oldest first, paged — with a reply form for members and a "reply from your
 * server" box for everyone else.
 */
@MicronautTest(transactional = false)
class ArticlesIT extends HostileInbox {

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    private JsonNode publish(TestMembers.SignedIn author, String title, String body) {
        return author.jsonOk("POST", "/api/patchwork/articles", "{\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"tags\":[\"garden\",\"#Repair\"]}");
    }

    @Test
    void anArticleFederatesAsAnArticleWithItsMarkdownRenderedAndSanitised() {
        JsonNode article = publish(ada, "Raised beds", "# Why\\n\\nThey are **easy** on the back."
                + "<script>alert(1)</script>\\n\\n[a trick](javascript:alert(1)) and [the council](https://example.org)");
        assertThat(article.get("title").asText()).isEqualTo("Raised beds");
        assertThat(article.get("summary").asText()).isEqualTo("They are easy on the back.");
        assertThat(article.get("content").asText()).contains("<strong>easy</strong>")
                .contains("href=\"https://example.org\"").doesNotContain("<script").doesNotContain("javascript:");
        assertThat(article.get("tags").toString()).isEqualTo("[\"garden\",\"repair\"]");

        JsonNode document = HttpProbe.json(http().get(article.get("uri").asText(), "application/activity+json"));
        assertThat(document.get("type").asText()).isEqualTo("Article");
        assertThat(document.get("name").asText()).isEqualTo("Raised beds");
        assertThat(document.get("summary").asText()).isEqualTo("They are easy on the back.");
        assertThat(document.get("attributedTo").asText()).isEqualTo(baseUrl() + "/actors/ada");
        assertThat(document.at("/source/mediaType").asText()).isEqualTo("text/markdown");
        assertThat(document.get("tag").toString()).contains("\"Hashtag\"").contains("#garden");
        JsonNode outbox = HttpProbe.json(http().get("/actors/ada/outbox?page=true", "application/activity+json"));
        assertThat(outbox.toString()).contains("\"Create\"").contains("Raised beds");

        // A Mastodon client sees the title, summary and a link, not a content warning.
        JsonNode status = ada.jsonOk("GET", "/api/v1/statuses/" + article.get("id").asText(), null);
        assertThat(status.get("spoiler_text").asText()).isEmpty();
        assertThat(status.get("content").asText()).contains("<strong>Raised beds</strong>")
                .contains(article.get("url").asText());
    }

    @Test
    void badArticlesAreRefusedWithAReasonAndNothingIsStored() {
        long before = posts.count();
        assertRefused("{\"title\":\"  \",\"body\":\"text\"}", "title can't be blank");
        assertRefused("{\"title\":\"T\",\"body\":\"\"}", "text can't be blank");
        assertRefused("{\"title\":\"T\",\"body\":\"x\",\"visibility\":\"direct\"}", "public or unlisted");
        assertRefused("{\"title\":\"T\",\"body\":\"x\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\","
                + "\"i\",\"j\",\"k\"]}", "at most 10 tags");
        assertRefused("{\"title\":\"T\",\"body\":\"x\",\"tags\":[\"no spaces!\"]}", "a tag is");
        assertRefused("{\"title\":\"T\",\"body\":\"x\",\"cover_media_id\":\"999999\"}", "cover image");
        assertThat(posts.count()).isEqualTo(before);
        assertThat(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/patchwork/articles"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"T\",\"body\":\"x\"}"))
                .header("Content-Type", "application/json")).statusCode()).as("anonymous").isEqualTo(401);
    }

    private void assertRefused(String body, String reason) {
        HttpResponse<String> response = ada.json("POST", "/api/patchwork/articles", body);
        assertThat(response.statusCode()).as(body).isEqualTo(422);
        assertThat(HttpProbe.json(response).get("error").asText()).contains(reason);
    }

    @Test
    void onlyItsAuthorEditsOrDeletesAnArticleAndPeersGetTheUpdateAndTheTombstone() {
        JsonNode article = publish(ada, "Tool library", "Borrow a drill.");
        String path = "/api/patchwork/articles/" + article.get("id").asText();
        assertThat(grace.json("PUT", path, "{\"title\":\"Mine now\",\"body\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(grace.json("DELETE", path, null).statusCode()).isEqualTo(404);

        JsonNode edited = ada.jsonOk("PUT", path, "{\"title\":\"Tool library, Saturdays\",\"body\":\"Borrow a "
                + "drill on *Saturdays*.\"}");
        assertThat(edited.get("title").asText()).isEqualTo("Tool library, Saturdays");
        assertThat(edited.get("edited_at").isNull()).isFalse();
        JsonNode document = HttpProbe.json(http().get(article.get("uri").asText(), "application/activity+json"));
        assertThat(document.get("name").asText()).isEqualTo("Tool library, Saturdays");
        assertThat(document.get("content").asText()).contains("<em>Saturdays</em>");
        JsonNode outbox = HttpProbe.json(http().get("/actors/ada/outbox?page=true", "application/activity+json"));
        assertThat(outbox.toString()).doesNotContain("\"name\":\"Tool library\"");

        assertThat(ada.json("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(http().get(article.get("uri").asText(), "application/activity+json").statusCode()).isEqualTo(410);
        assertThat(ada.json("GET", path, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theArticlePageGathersItsDiscussionFromHereAndFromTheFediverse() {
        JsonNode article = publish(ada, "Seed swap", "Bring seeds, take seeds.");
        String uri = article.get("uri").asText();
        String page = URI.create(uri).getPath();

        HttpResponse<String> replied = grace.form("/articles/" + article.get("id").asText() + "/replies",
                Map.of("status", "I'll bring tomatoes"));
        assertThat(replied.statusCode()).isEqualTo(303);
        ObjectNode bobsReply = Activities.note(remote.uri("/notes/seed-1"), bob, "<p>Beans from Lambeth</p>");
        bobsReply.put("inReplyTo", uri);
        deliverAndAwait(bob, Activities.create(bob, bobsReply));
        ObjectNode deeper = Activities.note(remote.uri("/notes/seed-2"), bob, "<p>And chard, if anyone wants</p>");
        deeper.put("inReplyTo", remote.uri("/notes/seed-1").toString());
        deliverAndAwait(bob, Activities.create(bob, deeper));

        String html = http().get(page, "text/html").body();
        assertThat(html).contains("Seed swap").contains("Bring seeds, take seeds.").contains("(3 replies)");
        assertThat(html.indexOf("tomatoes")).isPositive().isLessThan(html.indexOf("Beans from Lambeth"));
        assertThat(html.indexOf("Beans from Lambeth")).isLessThan(html.indexOf("And chard"));
        assertThat(html).as("visitors get the box to reply from their own server").contains("id=\"remote-reply\"")
                .contains("name=\"uri\" value=\"" + uri + "\"").doesNotContain("id=\"reply-form\"");
        String signedIn = grace.get(page, "text/html").body();
        assertThat(signedIn).contains("id=\"reply-form\"").doesNotContain("id=\"remote-reply\"");
        assertThat(ada.get(page, "text/html").body()).contains("id=\"edit-article\"");
        assertThat(signedIn).doesNotContain("id=\"edit-article\"");

        HttpResponse<String> empty = grace.form("/articles/" + article.get("id").asText() + "/replies",
                Map.of("status", "  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"reply-status-error\"").contains("Write your reply first.");
    }

    @Test
    void anEditCannotMoveAPostIntoADiscussion() {
        JsonNode article = publish(ada, "Quiet article", "Nothing to see.");
        URI adaActor = URI.create(baseUrl() + "/actors/ada");
        ObjectNode note = Activities.note(remote.uri("/notes/drift-1"), bob, "<p>Hello Ada</p>", adaActor);
        deliverAndAwait(bob, Activities.create(bob, note));
        assertThat(posts.findByUri(note.get("id").asText())).as("kept: it is addressed to Ada").isPresent();

        ObjectNode moved = note.deepCopy().put("inReplyTo", article.get("uri").asText())
                .put("content", "<p>Spam in your discussion</p>").put("updated", "2025-03-02T12:00:00Z");
        deliverAndAwait(bob, Activities.activity("Update", remote.uri("/notes/drift-1/update"), bob, moved));
        Post edited = posts.findByUri(note.get("id").asText()).orElseThrow();
        assertThat(edited.contentHtml()).as("the edit itself is taken").contains("Spam in your discussion");
        assertThat(edited.inReplyToUri()).isNull();
        assertThat(edited.rootId()).isNull();
        assertThat(ada.jsonOk("GET", "/api/patchwork/articles/" + article.get("id").asText(), null)
                .get("replies_count").asLong()).isZero();
    }

    @Test
    void aPeersAudienceThatIsNoGroupIsNotAddressedByReplies() {
        URI adaActor = URI.create(baseUrl() + "/actors/ada");
        ObjectNode note = Activities.note(remote.uri("/notes/audience-1"), bob, "<p>Ada, a question</p>", adaActor);
        note.put("audience", baseUrl() + "/actors/hackney/followers");
        deliverAndAwait(bob, Activities.create(bob, note));
        Post held = posts.findByUri(note.get("id").asText()).orElseThrow();
        JsonNode reply = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"An answer\",\"in_reply_to_id\":\""
                + held.id() + "\"}");
        JsonNode document = HttpProbe.json(http().get(reply.get("uri").asText(), "application/activity+json"));
        assertThat(document.toString()).contains(bob.toString())
                .doesNotContain(baseUrl() + "/actors/hackney/followers");
    }

    @Test
    void aLongDiscussionIsPagedOldestFirst() {
        JsonNode article = publish(ada, "Long chat", "Say hello.");
        String id = article.get("id").asText();
        for (int i = 1; i <= ArticlePages.REPLIES_PER_PAGE + 3; i++) {
            grace.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"hello number " + i + " here\","
                    + "\"in_reply_to_id\":\"" + id + "\"}");
        }
        String page = URI.create(article.get("uri").asText()).getPath();
        String first = http().get(page, "text/html").body();
        assertThat(first).contains("hello number 1 here").contains("hello number 50 here")
                .doesNotContain("hello number 51 here").contains("(53 replies)");
        String later = first.replaceAll("(?s).*href=\"([^\"]+)\" rel=\"next\" id=\"later-replies\".*", "$1")
                .replace("&amp;", "&");
        String second = http().get(later, "text/html").body();
        assertThat(second).contains("hello number 51 here").contains("hello number 53 here")
                .doesNotContain("hello number 50 here").doesNotContain("id=\"later-replies\"");
    }

    @Test
    void theBlogListsArticlesNewestFirstAndTheStreamShowsThemAsTeasers() {
        publish(ada, "First of two", "Older text that the stream leaves out.");
        publish(grace, "Second of two", "Newer.");
        String blog = http().get("/blog", "text/html").body();
        assertThat(blog.indexOf("Second of two")).isPositive().isLessThan(blog.indexOf("First of two"));
        String home = http().get("/", "text/html").body();
        assertThat(home).contains("Second of two").contains("class=\"post__title\"");
        assertThat(http().get("/articles/new", "text/html").statusCode()).as("visitors sign in first")
                .isEqualTo(303);
        assertThat(ada.get("/blog", "text/html").body()).contains("id=\"write-article\"");
    }

    @Test
    void replyingFromAnotherServerCarriesOnlyThisHubsAddresses() {
        HttpResponse<String> elsewhere = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/interact"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "handle=%40bob%40example.org&uri=https%3A%2F%2Fevil.example%2Fphish"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("not a post on this hub");
    }
}
