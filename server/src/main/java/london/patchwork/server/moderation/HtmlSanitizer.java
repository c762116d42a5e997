package london.patchwork.server.moderation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Federated HTML is hostile until cleaned. What survives is what Mastodon lets through: paragraphs, line
 * breaks, links, mentions and hashtags (their classes), lists, quotes, code and emphasis. Scripts, styles,
 * images, event handlers and non-http(s) links are dropped; every link opens safely in a new tab.
 */
public final class HtmlSanitizer {

    /** Longer HTML is cut before parsing; no post needs more, and parsing cost grows with size. */
    public static final int MAX_INPUT_CHARS = 100_000;

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "span", "a", "del", "s", "pre", "code", "em", "strong", "b", "i", "u",
                    "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
            .addAttributes("a", "href", "rel", "class", "title")
            .addAttributes("span", "class")
            .addAttributes("ol", "start", "reversed")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        String input = html.length() > MAX_INPUT_CHARS ? html.substring(0, MAX_INPUT_CHARS) : html;
        Document cleaned = CLEANER.clean(Jsoup.parseBodyFragment(input));
        // One walk over what survived, rather than two CSS queries parsed anew for every post.
        for (Element element : cleaned.body().getAllElements()) {
            if (element.nameIs("a") && element.hasAttr("href")) {
                element.attr("rel", "nofollow noopener noreferrer").attr("target", "_blank");
            }
            if (element.hasAttr("class")) {
                String kept = allowedClasses(element.attr("class"));
                if (kept.isEmpty()) {
                    element.removeAttr("class");
                } else {
                    element.attr("class", kept);
                }
            }
        }
        cleaned.outputSettings().prettyPrint(false);
        return cleaned.body().html();
    }

    /** Only the microformat and mention classes Mastodon keeps; arbitrary classes could restyle our pages. */
    private static String allowedClasses(String classes) {
        StringBuilder kept = new StringBuilder();
        for (String name : classes.split("\\s+")) {
            if (name.equals("h-card") || name.equals("u-url") || name.equals("mention") || name.equals("hashtag")
                    || name.equals("ellipsis") || name.equals("invisible") || name.startsWith("mf-")) {
                kept.append(kept.isEmpty() ? "" : " ").append(name);
            }
        }
        return kept.toString();
    }
}
