package london.patchwork.server.posts;

import london.patchwork.server.moderation.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A remote post's hashtags, as Mastodon and Misskey send them, lead to our tag pages; its mentions are kept. */
class RemoteTagLinksTest {

    private static String drawn(String remoteHtml) {
        return RemoteTagLinks.toLocalTagPages(HtmlSanitizer.clean(remoteHtml), tag -> "https://hub.test/tags/" + tag);
    }

    @Test
    void mastodonHashtagsLeadHereAndMentionsKeepTheirOrigin() {
        Element body = Jsoup.parseBodyFragment(drawn("""
                <p><a href="https://m.example/tags/Knitting" class="mention hashtag" rel="tag">#<span>Knitting</span></a>
                <span class="h-card"><a href="https://m.example/@bob" class="u-url mention">@<span>bob</span></a></span></p>"""))
                .body();
        Element hashtag = body.selectFirst("a.hashtag");
        assertThat(hashtag.attr("href")).isEqualTo("https://hub.test/tags/knitting");
        assertThat(hashtag.classNames()).contains("mention", "hashtag");
        Element mention = body.selectFirst("a.u-url");
        assertThat(mention.attr("href")).isEqualTo("https://m.example/@bob");
        assertThat(mention.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(mention.classNames()).contains("mention");
    }

    @Test
    void aBareTagLinkAsMisskeySendsItLeadsHereButOtherLinksDoNot() {
        String html = drawn("<p><a href=\"https://k.example/tags/Tea\">#Tea</a> "
                + "<a href=\"https://k.example/notes/1\">#1 post</a> <a href=\"https://k.example/x\">read</a></p>");
        assertThat(html).contains("href=\"https://hub.test/tags/tea\"")
                .contains("href=\"https://k.example/notes/1\"").contains("href=\"https://k.example/x\"");
    }

    @Test
    void htmlWithoutATagIsReturnedAsItIs() {
        String html = "<p>No tags <a href=\"https://k.example/x\">here</a></p>";
        assertThat(RemoteTagLinks.toLocalTagPages(html, tag -> "unused")).isSameAs(html);
    }
}
