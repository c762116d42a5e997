package london.patchwork.server.posts;

import london.patchwork.server.moderation.Html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author typed, rendered to the HTML a post carries: paragraphs, links and mentions, as Mastodon
 * renders statuses. Mentions are found here and resolved by the caller; one that can't be resolved stays
 * plain text.
 */
public final class StatusText {

    /** {@code @user} or {@code @user@host}, not inside an e-mail address or a word. */
    static final Pattern MENTION = Pattern.compile(
            "(?<![\\w@/])@([a-zA-Z0-9_][a-zA-Z0-9_.-]{0,63})(?:@([a-zA-Z0-9.-]+(?::\\d{1,5})?))?(?![\\w@])");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]']");
    /** More mentions than this in one status are left as text: no real post addresses hundreds of people. */
    public static final int MAX_MENTIONS = 32;

    private StatusText() {
    }

    /**
     * A mention as typed.
     *
     * @param handle {@code user} or {@code user@host}, without the leading {@code @}
     */
    public record TypedMention(String username, String host, String handle) {
    }

    /** The mentions in a status, in order, without repeats, at most {@value #MAX_MENTIONS}. */
    public static List<TypedMention> mentions(String text) {
        Map<String, TypedMention> found = new LinkedHashMap<>();
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find() && found.size() < MAX_MENTIONS) {
            String handle = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "@" + matcher.group(2);
            found.putIfAbsent(handle.toLowerCase(), new TypedMention(matcher.group(1), matcher.group(2), handle));
        }
        return List.copyOf(found.values());
    }

    /**
     * Renders text to HTML; {@code resolved} maps a typed handle (lower case) to the actor URL its link points
     * at, and how to show it ({@code @user} for local, {@code @user} with the host kept in a title otherwise).
     */
    public static String toHtml(String text, Map<String, String> resolved) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            paragraphs.add("<p>" + renderInline(paragraph.strip(), resolved).replace("\n", "<br>") + "</p>");
        }
        return String.join("", paragraphs);
    }

    private static String renderInline(String text, Map<String, String> resolved) {
        StringBuilder html = new StringBuilder();
        int position = 0;
        Matcher url = URL.matcher(text);
        while (url.find()) {
            html.append(renderMentions(text.substring(position, url.start()), resolved));
            String href = url.group();
            html.append("<a href=\"").append(Html.escape(href)).append("\" rel=\"nofollow noopener noreferrer\" ")
                    .append("target=\"_blank\">").append(Html.escape(href)).append("</a>");
            position = url.end();
        }
        html.append(renderMentions(text.substring(position), resolved));
        return html.toString();
    }

    private static String renderMentions(String text, Map<String, String> resolved) {
        StringBuilder html = new StringBuilder();
        Matcher matcher = MENTION.matcher(text);
        int position = 0;
        while (matcher.find()) {
            String handle = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "@" + matcher.group(2);
            String actor = resolved.get(handle.toLowerCase());
            if (actor == null) {
                continue;
            }
            html.append(Html.escape(text.substring(position, matcher.start())));
            html.append("<span class=\"h-card\"><a href=\"").append(Html.escape(actor))
                    .append("\" class=\"u-url mention\">@<span>").append(Html.escape(matcher.group(1)))
                    .append("</span></a></span>");
            position = matcher.end();
        }
        html.append(Html.escape(text.substring(position)));
        return html.toString();
    }
}
