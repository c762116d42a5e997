package london.patchwork.server.posts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page lists the hub's and its members' public posts, newest first, twenty a page, with an "Older posts"
 * link; nothing followers-only, deleted or by a hidden author. A member's page pages the same way, and hashtags and
 * mentions in what is drawn are links.
 */
@MicronautTest(transactional = false)
class HomeStreamIT extends HubTest {

    private TestMembers.SignedIn ada;

    @BeforeAll
    void post() {
        ada = TestMembers.ADA.join(baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        FederationRows rows = new FederationRows(getProperties().get("datasources.default.url"));
        rows.update("insert into actor_moderation (actor_id, severity) values (?, 'silence')",
                rows.localActorId("mo"));

        new HubApi(baseUrl()).publish("Stream 00 from the hub itself", "public");
        for (int i = 1; i <= 22; i++) {
            post(ada, "Stream %02d by Ada".formatted(i), "public");
        }
        post(grace, "Stream 23 with #Knitting for @ada", "public");
        post(grace, "Secret to followers only", "private");
        post(mo, "Silenced moderator speaking", "public");
        String deleted = post(ada, "Deleted before anyone saw it", "public");
        ada.jsonOk("DELETE", "/api/v1/statuses/" + deleted, null);
    }

    private String post(TestMembers.SignedIn member, String text, String visibility) {
        return member.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"" + text + "\",\"visibility\":\"" + visibility + "\"}").get("id").asText();
    }

    @Test
    void theHomePageShowsTwentyNewestPublicPostsThenTheOlderOnes() {
        Document first = page("/");
        List<String> firstTexts = texts(first);
        assertThat(firstTexts).hasSize(20);
        assertThat(firstTexts.getFirst()).startsWith("Stream 23");
        assertThat(firstTexts).isSortedAccordingTo((a, b) -> b.substring(0, 9).compareTo(a.substring(0, 9)));

        Element older = first.selectFirst("a.stream__older");
        assertThat(older).isNotNull();
        Document second = page(URI.create(older.attr("href")).getRawPath() + "?"
                + URI.create(older.attr("href")).getRawQuery());
        List<String> secondTexts = texts(second);
        assertThat(secondTexts).hasSize(4).last().asString().startsWith("Stream 00");
        assertThat(second.selectFirst("a.stream__older")).isNull();

        List<String> all = new ArrayList<>(firstTexts);
        all.addAll(secondTexts);
        assertThat(all).extracting(text -> text.substring(0, 9)).doesNotHaveDuplicates().hasSize(24);
        assertThat(first.text() + second.text()).doesNotContain("Secret to followers only")
                .doesNotContain("Silenced moderator").doesNotContain("Deleted before anyone");
    }

    @Test
    void hashtagsAndMentionsAreLinksAndEachPostLinksToItsPage() {
        Document home = page("/");
        Element post = home.select("#hub-stream li.post").first();
        assertThat(post.selectFirst("a.hashtag").attr("href")).isEqualTo(baseUrl() + "/tags/knitting");
        assertThat(post.selectFirst("a.mention:not(.hashtag)").attr("href")).isEqualTo(baseUrl() + "/@ada");
        String postUrl = post.selectFirst(".post__meta a").attr("href");
        HttpResponse<String> postPage = http().get(URI.create(postUrl).getRawPath(), "text/html");
        assertThat(postPage.statusCode()).isEqualTo(200);
        assertThat(postPage.body()).contains("Stream 23 with");
    }

    @Test
    void aMembersPageIsPagedTheSameWay() {
        Document first = page("/@ada");
        assertThat(texts(first, "#profile-posts")).hasSize(20).first().asString().startsWith("Stream 22");
        Element older = first.selectFirst("a.stream__older");
        assertThat(older.attr("href")).startsWith(baseUrl() + "/@ada?max_id=");
        Document second = page("/@ada?" + URI.create(older.attr("href")).getRawQuery());
        assertThat(texts(second, "#profile-posts")).containsExactly("Stream 02 by Ada", "Stream 01 by Ada");
        assertThat(second.selectFirst("a.stream__older")).isNull();
    }

    @Test
    void aMaxIdThatIsNotANumberIsRefused() {
        assertThat(http().get("/?max_id=yesterday", "text/html").statusCode()).isEqualTo(400);
    }

    private Document page(String path) {
        HttpResponse<String> response = http().get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), baseUrl());
    }

    private static List<String> texts(Document page) {
        return texts(page, "#hub-stream");
    }

    private static List<String> texts(Document page, String list) {
        return page.select(list + " li.post .post__content").stream().map(Element::text).toList();
    }
}
