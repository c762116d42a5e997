package london.patchwork.server.moderation;

import org.jsoup.nodes.Entities;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turning plain text that organisers and members type into the HTML ActivityPub carries. */
public final class Html {

    private Html() {
    }

    /** The text of some HTML, for fields that peers treat as plain text (a content warning). */
    public static String plainText(String html) {
        return html == null ? null : org.jsoup.Jsoup.parseBodyFragment(html).text();
    }

    public static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    /**
     * Plain text as HTML paragraphs: blank lines separate paragraphs, single newlines become {@code <br>},
     * as Mastodon renders what people type.
     */
    public static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return Arrays.stream(text.strip().replace("\r\n", "\n").split("\n\\s*\n"))
                .map(paragraph -> "<p>" + escape(paragraph.strip()).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
    }
}
