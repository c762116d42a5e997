package london.patchwork.server.events;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An event's description as plain text for calendar apps, which show DESCRIPTION as it is: a local event's Markdown
 * rendered to text, a remote event's sanitised HTML with its tags taken off. The online link is added for a hybrid
 * event, whose LOCATION holds the place.
 */
final class CalendarText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private CalendarText() {
    }

    static String description(CalendarEvent event) {
        String text = event.local() ? TEXT.render(PARSER.parse(event.description())) : fromHtml(event.descriptionHtml());
        text = text.strip();
        if (event.hybrid()) {
            text = (text + "\n\nOnline: " + event.onlineUrl()).strip();
        }
        return text;
    }

    private static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.select("br").after("\n");
        document.select("p, li, h1, h2, h3, h4, h5, h6, blockquote").after("\n\n");
        return document.body().wholeText().replaceAll("\n{3,}", "\n\n");
    }
}
