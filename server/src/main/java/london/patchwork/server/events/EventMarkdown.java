package london.patchwork.server.events;

import london.patchwork.server.moderation.HtmlSanitizer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An event's description as HTML. What commonmark renders from a member's Markdown goes through the sanitiser that
 * cleans federated HTML, since Markdown lets raw HTML through.
 */
final class EventMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

    private EventMarkdown() {
    }

    static String toHtml(String markdown) {
        String html = HtmlSanitizer.clean(RENDERER.render(PARSER.parse(markdown)));
        return html == null ? "" : html;
    }
}
