package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Titled posts written in Markdown: blog articles ({@code Article}) and forum threads ({@code Page}). Checks what
 * the author sent, then {@link PostService} writes the post and its activity. Other capabilities (the forum) write
 * threads through here, and see the result as a {@link Published}.
 */
@Singleton
public class LongFormService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_MARKDOWN = 100_000;
    public static final int MAX_TAGS = 10;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,60}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    /**
     * What an author wrote.
     *
     * @param type       {@code Article} (a blog article) or {@code Page} (a forum thread)
     * @param summary    shown by Mastodon in place of the text; null takes the first paragraph
     * @param markdown   the text, rendered by CommonMark and sanitised
     * @param coverImage the id of one of the author's uploaded images, shown first, or null
     * @param tags       hashtags without {@code #}
     * @param visibility public or unlisted
     * @param audience   the group it is posted to (FEP-1b12), or null
     * @param page       where people read it, from its id; null for the post's own URL
     */
    public record Draft(String type, String title, @Nullable String summary, String markdown,
                        @Nullable String coverImage, List<String> tags, Visibility visibility,
                        @Nullable String language, @Nullable URI audience, @Nullable LongFunction<URI> page) {
    }

    /** A stored article or thread, as other capabilities see it. */
    public record Published(long id, String uri, String url, String type, long authorId, String title,
                            @Nullable String summary, String contentHtml, @Nullable String markdown,
                            Instant published, @Nullable Instant updated, boolean deleted) {
    }

    /** Input the author must fix; the message says what. */
    public static final class InvalidDraft extends Exception {
        InvalidDraft(String message) {
            super(message);
        }
    }

    private final PostRepository posts;
    private final PostService writer;
    private final MediaService media;

    public LongFormService(PostRepository posts, PostService writer, MediaService media) {
        this.posts = posts;
        this.writer = writer;
        this.media = media;
    }

    public Published publish(Actor author, Draft draft) throws InvalidDraft {
        Draft checked = check(draft);
        return published(writer.createLongForm(author, checked, images(author, checked, null)));
    }

    /** Edits one of {@code author}'s articles or threads. */
    public Published edit(Actor author, long id, Draft draft) throws InvalidDraft {
        Post post = own(author, id).orElseThrow(() -> new InvalidDraft("no such article or thread of yours"));
        Draft checked = check(new Draft(post.type(), draft.title(), draft.summary(), draft.markdown(),
                draft.coverImage(), draft.tags(), post.visibility(), draft.language(), null, null));
        return published(writer.editLongForm(author, post, checked, images(author, checked, post.id())));
    }

    /** Deletes one of {@code author}'s articles or threads (a Delete with a Tombstone goes to everyone). */
    public boolean delete(Actor author, long id) {
        Optional<Post> post = own(author, id);
        post.ifPresent(found -> writer.delete(author, found));
        return post.isPresent();
    }

    public Optional<Published> find(long id) {
        return posts.findById(id).filter(post -> "Article".equals(post.type()) || "Page".equals(post.type()))
                .map(LongFormService::published);
    }

    private Optional<Post> own(Actor author, long id) {
        return posts.findById(id).filter(post -> post.local() && !post.deleted()
                && post.authorId().equals(author.id())
                && ("Article".equals(post.type()) || "Page".equals(post.type())));
    }

    private List<Long> images(Actor author, Draft draft, @Nullable Long postId) throws InvalidDraft {
        if (draft.coverImage() == null) {
            return List.of();
        }
        try {
            return media.attachable(author.id(), List.of(draft.coverImage()), postId);
        } catch (MediaService.Refused refused) {
            throw new InvalidDraft("cover image: " + refused.getMessage());
        }
    }

    static Draft check(Draft draft) throws InvalidDraft {
        if (!"Article".equals(draft.type()) && !"Page".equals(draft.type())) {
            throw new InvalidDraft("type must be Article or Page");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidDraft("title can't be blank");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidDraft("title is limited to " + MAX_TITLE + " characters");
        }
        String markdown = draft.markdown() == null ? "" : draft.markdown().strip();
        if (markdown.isEmpty()) {
            throw new InvalidDraft("text can't be blank");
        }
        if (markdown.length() > MAX_MARKDOWN) {
            throw new InvalidDraft("text is limited to " + MAX_MARKDOWN + " characters");
        }
        String summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
        if (summary != null && summary.length() > MAX_SUMMARY) {
            throw new InvalidDraft("summary is limited to " + MAX_SUMMARY + " characters");
        }
        if (draft.visibility() != Visibility.PUBLIC && draft.visibility() != Visibility.UNLISTED) {
            throw new InvalidDraft("articles and threads are public or unlisted");
        }
        String language = draft.language() == null || draft.language().isBlank() ? null
                : draft.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidDraft("language must be an ISO 639 code such as en or cy");
        }
        String cover = draft.coverImage() == null || draft.coverImage().isBlank() ? null : draft.coverImage().strip();
        return new Draft(draft.type(), title, summary, markdown, cover, tags(draft.tags()), draft.visibility(),
                language, draft.audience(), draft.page());
    }

    private static List<String> tags(@Nullable List<String> given) throws InvalidDraft {
        List<String> tags = new ArrayList<>();
        for (String raw : given == null ? List.<String>of() : given) {
            String tag = raw == null ? "" : raw.strip();
            tag = tag.startsWith("#") ? tag.substring(1) : tag;
            if (tag.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidDraft("a tag is letters, digits and _ only: " + tag);
            }
            String normal = StatusText.normalise(tag);
            if (!tags.contains(normal)) {
                tags.add(normal);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidDraft("at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(tags);
    }

    private static Published published(Post post) {
        return new Published(post.id(), post.uri(), post.url() != null ? post.url() : post.uri(), post.type(),
                post.authorId(), post.name(), post.summary(), post.contentHtml() == null ? "" : post.contentHtml(),
                post.sourceText(), post.published(), post.updated(), post.deleted());
    }
}
