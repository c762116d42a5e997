package london.patchwork.server.moderation;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Markdown a member typed (a guide, an article, a forum thread) as HTML. Members may type raw HTML into Markdown,
 * so what commonmark renders goes through the same sanitiser as federated HTML before anyone sees it: scripts,
 * event handlers, iframes and non-http(s) links never survive.
 */
public final class Markdown {

    /** Mastodon shows an Article as its name, summary and a link; a long summary is cut there anyway. */
    public static final int SUMMARY_CHARS = 500;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        String html = HtmlSanitizer.clean(RENDERER.render(PARSER.parse(markdown)));
        return html == null ? "" : html;
    }

    /** The first paragraph as plain text, for peers that show only a summary. */
    public static String summary(String html) {
        Element first = Jsoup.parseBodyFragment(html).body().selectFirst("p");
        String text = first == null ? Jsoup.parseBodyFragment(html).text() : first.text();
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS - 1) + "…";
    }
}
