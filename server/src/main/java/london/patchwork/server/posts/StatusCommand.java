package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A status to publish or an edit, as the Mastodon API takes it.
 *
 * @param text        what the author typed, plain text
 * @param visibility  who may see it (edits keep the original's)
 * @param inReplyToId the id of the post it replies to, local or remote
 * @param spoilerText the content warning, shown before the text
 * @param language    ISO 639 code, or null
 * @param mediaIds    the author's images to attach (checked); null on an edit that leaves them as they are
 */
public record StatusCommand(String text, Visibility visibility, @Nullable Long inReplyToId,
                            @Nullable String spoilerText, @Nullable String language, boolean sensitive,
                            @Nullable List<Long> mediaIds) {

    /** Mastodon's default limit. */
    public static final int MAX_CHARACTERS = 5_000;
}
