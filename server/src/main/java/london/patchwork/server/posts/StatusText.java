package london.patchwork.server.posts;

import london.patchwork.server.moderation.Html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author typed, rendered to the HTML a post carries: paragraphs, links, mentions and hashtags, as Mastodon
 * renders statuses. Mentions are found here and resolved by the caller; one that can't be resolved stays plain
 * text. Hashtags always link to the hub's tag page.
 */
public final class StatusText {

    /** {@code @user} or {@code @user@host}, not inside an e-mail address or a word. */
    static final Pattern MENTION = Pattern.compile(
            "(?<![\\w@/])@([a-zA-Z0-9_][a-zA-Z0-9_.-]{0,63})(?:@([a-zA-Z0-9.-]+(?::\\d{1,5})?))?(?![\\w@])");
    /** {@code #tag}: letters, digits and underscores with at least one letter, not inside a word, URL or entity. */
    static final Pattern HASHTAG = Pattern.compile("(?<![\\w/#&])#([\\p{L}\\p{N}_]{0,99}[\\p{L}_][\\p{L}\\p{N}_]{0,99})");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]']");
    private static final Pattern MENTION_OR_HASHTAG = Pattern.compile(MENTION.pattern() + "|" + HASHTAG.pattern());
    /** More mentions than this in one status are left as text: no real post addresses hundreds of people. */
    public static final int MAX_MENTIONS = 32;
    /** More hashtags than this are left as text on the tag side too: they still link, but are not tagged. */
    public static final int MAX_HASHTAGS = 32;

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
        Matcher matcher = MENTION.matcher(withoutUrls(text));
        while (matcher.find() && found.size() < MAX_MENTIONS) {
            String handle = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "@" + matcher.group(2);
            found.putIfAbsent(handle.toLowerCase(Locale.ROOT), new TypedMention(matcher.group(1), matcher.group(2),
                    handle));
        }
        return List.copyOf(found.values());
    }

    /** The hashtags in a status without their {@code #}, as first typed, without repeats (case-insensitively). */
    public static List<String> hashtags(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = HASHTAG.matcher(withoutUrls(text));
        while (matcher.find() && found.size() < MAX_HASHTAGS) {
            found.putIfAbsent(normalise(matcher.group(1)), matcher.group(1));
        }
        return List.copyOf(found.values());
    }

    /** A tag as it is stored and appears in its page's URL: lower case. */
    public static String normalise(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /**
     * Renders text to HTML.
     *
     * @param resolved maps a typed handle (lower case) to the actor URL its link points at
     * @param tagPage  the URL of a tag's page, given the tag as typed
     */
    public static String toHtml(String text, Map<String, String> resolved, Function<String, String> tagPage) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            paragraphs.add("<p>" + renderInline(paragraph.strip(), resolved, tagPage).replace("\n", "<br>") + "</p>");
        }
        return String.join("", paragraphs);
    }

    private static String renderInline(String text, Map<String, String> resolved, Function<String, String> tagPage) {
        StringBuilder html = new StringBuilder();
        int position = 0;
        Matcher url = URL.matcher(text);
        while (url.find()) {
            html.append(renderTags(text.substring(position, url.start()), resolved, tagPage));
            String href = url.group();
            html.append("<a href=\"").append(Html.escape(href)).append("\" rel=\"nofollow noopener noreferrer\" ")
                    .append("target=\"_blank\">").append(Html.escape(href)).append("</a>");
            position = url.end();
        }
        html.append(renderTags(text.substring(position), resolved, tagPage));
        return html.toString();
    }

    private static String renderTags(String text, Map<String, String> resolved, Function<String, String> tagPage) {
        StringBuilder html = new StringBuilder();
        Matcher matcher = MENTION_OR_HASHTAG.matcher(text);
        int position = 0;
        while (matcher.find()) {
            String link;
            if (matcher.group(3) != null) {
                link = "<a href=\"" + Html.escape(tagPage.apply(matcher.group(3)))
                        + "\" class=\"mention hashtag\" rel=\"tag\">#<span>" + Html.escape(matcher.group(3))
                        + "</span></a>";
            } else {
                String handle = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "@" + matcher.group(2);
                String actor = resolved.get(handle.toLowerCase(Locale.ROOT));
                if (actor == null) {
                    continue;
                }
                link = "<span class=\"h-card\"><a href=\"" + Html.escape(actor) + "\" class=\"u-url mention\">@<span>"
                        + Html.escape(matcher.group(1)) + "</span></a></span>";
            }
            html.append(Html.escape(text.substring(position, matcher.start()))).append(link);
            position = matcher.end();
        }
        html.append(Html.escape(text.substring(position)));
        return html.toString();
    }

    private static String withoutUrls(String text) {
        return URL.matcher(text == null ? "" : text).replaceAll(" ");
    }
}
