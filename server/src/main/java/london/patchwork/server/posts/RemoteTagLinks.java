package london.patchwork.server.posts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Hashtags in a remote post lead to this hub's tag page, as they do in Mastodon's web app: a reader here wants
 * the posts this hub holds with the tag, not a page on the author's server. The stored HTML (already sanitised on
 * arrival) is left as its origin sent it; only what is drawn changes.
 */
final class RemoteTagLinks {

    private static final Pattern TAG_TEXT = Pattern.compile("#[\\p{L}\\p{N}_]{1,200}");

    private RemoteTagLinks() {
    }

    static String toLocalTagPages(String html, Function<String, String> tagPage) {
        // Cheap test first: most posts carry no tag, and parsing every post on a page costs more than looking.
        if (html == null || html.indexOf('#') < 0) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element link : document.body().select("a[href]")) {
            String text = link.text().strip();
            // Mastodon marks tags with class "hashtag"; Misskey and others send a bare link whose text is the tag.
            if (TAG_TEXT.matcher(text).matches() && (link.hasClass("hashtag") || !link.hasClass("mention"))) {
                link.attr("href", tagPage.apply(StatusText.normalise(text.substring(1))))
                        .attr("rel", "tag").removeAttr("target");
                changed = true;
            }
        }
        if (!changed) {
            return html;
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
