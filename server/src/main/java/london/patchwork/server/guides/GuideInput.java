package london.patchwork.server.guides;

import io.micronaut.core.annotation.Nullable;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a member typed for a guide, trimmed, with a reason beside each field that is not right.
 *
 * @param summary the member's note of what they changed (optional)
 */
public record GuideInput(String title, String topic, String body, String summary) {

    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_TOPIC_CHARS = 80;
    public static final int MAX_BODY_CHARS = 60_000;
    public static final int MAX_SUMMARY_CHARS = 300;

    public static GuideInput of(@Nullable String title, @Nullable String topic, @Nullable String body,
                                @Nullable String summary) {
        return new GuideInput(strip(title), strip(topic), body == null ? "" : body.replace("\r\n", "\n").strip(),
                strip(summary));
    }

    /** Field name to the reason it was refused; empty when the input can be saved. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "Give the guide a title.");
        } else if (title.length() > MAX_TITLE_CHARS) {
            errors.put("title", "Keep the title under " + MAX_TITLE_CHARS + " characters.");
        } else if (slugOf(title).isEmpty()) {
            errors.put("title", "Use some letters or numbers in the title.");
        }
        if (topic.isEmpty()) {
            errors.put("topic", "Say which topic the guide belongs to.");
        } else if (topic.length() > MAX_TOPIC_CHARS) {
            errors.put("topic", "Keep the topic under " + MAX_TOPIC_CHARS + " characters.");
        }
        if (body.isEmpty()) {
            errors.put("body", "Write the guide.");
        } else if (body.length() > MAX_BODY_CHARS) {
            errors.put("body", "Keep the guide under " + MAX_BODY_CHARS + " characters; split it into two.");
        }
        if (summary.length() > MAX_SUMMARY_CHARS) {
            errors.put("summary", "Keep the note under " + MAX_SUMMARY_CHARS + " characters.");
        }
        return errors;
    }

    /** The part of a guide's URL made from its title: lower-case letters, digits and hyphens. */
    static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return plain.length() <= 80 ? plain : plain.substring(0, 80).replaceAll("-+$", "");
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
