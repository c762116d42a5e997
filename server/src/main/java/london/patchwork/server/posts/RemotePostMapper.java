package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Document;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.WebLinks;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A received note, article or page as a stored post. Everything is bounded here: HTML is sanitised and cut,
 * and addressing and mentions are capped, so a hostile object with thousands of tags costs no more than a
 * normal one.
 */
@Singleton
public class RemotePostMapper {

    /** More recipients or mentions than any real post has; the rest are dropped. */
    public static final int MAX_ADDRESSEES = 64;
    static final int MAX_HTML = 100_000;

    /**
     * The post as stored, keeping the id and counts of an existing row, and where it stands in its conversation:
     * an edit may not move a post into another thread (a locked one, say), so a changed {@code inReplyTo} is not
     * taken.
     *
     * @param parent the post it replies to, when held here: the reply joins that post's conversation
     */
    public Post fromRemote(AsObject object, Actor author, @Nullable Post parent, @Nullable Post existing,
                           String rawJson) {
        ObjectFields fields = object.fields();
        List<String> to = ids(fields.to());
        List<String> cc = ids(fields.cc());
        URI followers = author.followersUri() == null ? null : URI.create(author.followersUri());
        Visibility visibility = Visibility.fromAddressing(uris(to), uris(cc), followers);
        Instant published = fields.published() != null ? fields.published() : Instant.now();
        return new Post(existing == null ? null : existing.id(), object.id().toString(), object.type(), false,
                author.id(), existing != null ? existing.inReplyToUri() : firstId(fields.inReplyTo()),
                existing != null ? existing.inReplyToId() : parent == null ? null : parent.id(),
                existing != null ? existing.rootId() : Conversations.rootOf(parent),
                contextOf(fields), firstId(fields.audience()), visibility, to, cc,
                cut(fields.name(), 1_000), contentWarning(fields),
                HtmlSanitizer.clean(cut(contentOf(fields), MAX_HTML)), null, languageOf(fields),
                Boolean.TRUE.equals(fields.sensitive()), firstWebUrl(fields.url()), published,
                existing == null ? fields.updated() : Instant.now(), null, null,
                existing == null ? 0 : existing.likeCount(), existing == null ? 0 : existing.announceCount(), rawJson);
    }

    /**
     * The attachments a post carries, as links: at most {@value MediaService#MAX_PER_POST}, http(s) only, the alt
     * text cut to {@value MediaService#MAX_DESCRIPTION} characters. Nothing is fetched.
     */
    public List<MediaService.RemoteAttachment> attachments(AsObject object) {
        return object.fields().attachment().stream()
                .map(ref -> ref.embedded(Document.class).map(doc -> attachment(doc.fields(), doc.media()))
                        .or(() -> ref.embedded(Image.class).map(image -> attachment(image.fields(), image.media())))
                        .orElse(null))
                .filter(Objects::nonNull)
                .limit(MediaService.MAX_PER_POST)
                .toList();
    }

    @Nullable
    private static MediaService.RemoteAttachment attachment(ObjectFields fields,
                                                            london.patchwork.federation.vocab.MediaFields media) {
        String url = firstId(fields.url());
        if (url == null || url.length() > 2_000) {
            return null;
        }
        String scheme = URI.create(url).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            return null;
        }
        String mediaType = fields.mediaType() == null || fields.mediaType().length() > 100 ? "application/octet-stream"
                : fields.mediaType();
        String blurhash = media.blurhash() != null && media.blurhash().length() <= 100 ? media.blurhash() : null;
        return new MediaService.RemoteAttachment(url, mediaType, cut(fields.name(), MediaService.MAX_DESCRIPTION),
                blurhash, positive(media.width()), positive(media.height()));
    }

    @Nullable
    private static Integer positive(@Nullable Integer value) {
        return value == null || value < 1 || value > 100_000 ? null : value;
    }

    /** The actor URIs a post mentions, at most {@value #MAX_ADDRESSEES}. */
    public List<String> mentions(AsObject object) {
        return object.fields().mentions().stream()
                .map(Mention::href)
                .filter(Objects::nonNull)
                .map(URI::toString)
                .distinct()
                .limit(MAX_ADDRESSEES)
                .toList();
    }

    /** The hashtags a post carries, without {@code #}, at most {@value #MAX_ADDRESSEES}. */
    public List<String> hashtags(AsObject object) {
        return object.fields().tag().stream()
                .flatMap(ref -> ref.embedded(Hashtag.class).stream())
                .map(Hashtag::name)
                .filter(Objects::nonNull)
                .map(name -> name.startsWith("#") ? name.substring(1) : name)
                .filter(name -> !name.isBlank() && name.length() <= 200)
                .map(StatusText::normalise)
                .distinct()
                .limit(MAX_ADDRESSEES)
                .toList();
    }

    /** A blank summary is no content warning: snac2 sends {@code "summary": ""} on every note. */
    @Nullable
    private static String contentWarning(ObjectFields fields) {
        String text = Html.plainText(cut(fields.summary(), 5_000));
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String contentOf(ObjectFields fields) {
        if (fields.content() != null) {
            return fields.content();
        }
        return fields.contentMap().values().stream().findFirst().orElse(null);
    }

    @Nullable
    private static String languageOf(ObjectFields fields) {
        return fields.contentMap().keySet().stream().filter(tag -> tag.length() <= 16).findFirst().orElse(null);
    }

    @Nullable
    private static String contextOf(ObjectFields fields) {
        String context = firstId(fields.context());
        return context != null ? context : cut(fields.conversation(), 2_000);
    }

    private static List<String> ids(List<Ref<ApObject>> refs) {
        return refs.stream().map(Ref::id).filter(Objects::nonNull).map(URI::toString).distinct()
                .limit(MAX_ADDRESSEES).toList();
    }

    private static List<URI> uris(List<String> ids) {
        return ids.stream().map(URI::create).toList();
    }

    @Nullable
    private static String firstId(List<Ref<ApObject>> refs) {
        return refs.stream().map(Ref::id).filter(Objects::nonNull).map(URI::toString).findFirst().orElse(null);
    }

    /** The first URL pages may link to (http or https); a peer's {@code javascript:} "URL" is dropped. */
    @Nullable
    private static String firstWebUrl(List<Ref<ApObject>> refs) {
        return refs.stream().map(Ref::id).map(WebLinks::orNull).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Nullable
    private static String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
