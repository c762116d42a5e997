package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

/**
 * A note, article or page, local or remote. Remote content is stored sanitised; local content keeps the
 * text its author typed in {@code sourceText}.
 *
 * @param id         local objects take it from {@link PostRepository#nextId()}, since their URI contains it
 * @param uri        the object's id
 * @param visibility who may see it
 * @param rootId     the first post of the conversation this one belongs to (a thread, an article, a note), when
 *                   this hub holds it; null for a conversation's first post. Set once, when the post is stored
 * @param audienceUri the group (forum) it was posted to, FEP-1b12's {@code audience}, or null
 * @param raw        for remote objects, the document as received
 */
@MappedEntity("objects")
public record Post(
        @Id Long id,
        String uri,
        String type,
        boolean local,
        Long authorId,
        @Nullable String inReplyToUri,
        @Nullable Long inReplyToId,
        @Nullable Long rootId,
        @Nullable String contextUri,
        @Nullable String audienceUri,
        Visibility visibility,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> toUris,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> ccUris,
        @Nullable String name,
        @Nullable String summary,
        @Nullable String contentHtml,
        @Nullable String sourceText,
        @Nullable String language,
        boolean sensitive,
        @Nullable String url,
        Instant published,
        @Nullable Instant updated,
        @Nullable Instant deletedAt,
        @Nullable Instant pinnedAt,
        int likeCount,
        int announceCount,
        @Nullable @ColumnTransformer(write = "?::jsonb") String raw) {

    public Post withId(long newId) {
        return new Post(newId, uri, type, local, authorId, inReplyToUri, inReplyToId, rootId, contextUri, audienceUri,
                visibility, toUris, ccUris, name, summary, contentHtml, sourceText, language, sensitive, url,
                published, updated, deletedAt, pinnedAt, likeCount, announceCount, raw);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Post withContent(@Nullable String newSummary, @Nullable String newContentHtml, @Nullable String newSource,
                            @Nullable String newLanguage, boolean newSensitive, Instant editedAt,
                            @Nullable String newRaw) {
        return withContent(name, newSummary, newContentHtml, newSource, newLanguage, newSensitive, editedAt, newRaw);
    }

    /** An edit that may also change the title (articles and threads). */
    public Post withContent(@Nullable String newName, @Nullable String newSummary, @Nullable String newContentHtml,
                            @Nullable String newSource, @Nullable String newLanguage, boolean newSensitive,
                            Instant editedAt, @Nullable String newRaw) {
        return new Post(id, uri, type, local, authorId, inReplyToUri, inReplyToId, rootId, contextUri, audienceUri,
                visibility, toUris, ccUris, newName, newSummary, newContentHtml, newSource, newLanguage, newSensitive,
                url, published, editedAt, deletedAt, pinnedAt, likeCount, announceCount, newRaw);
    }

    public Post withPinnedAt(@Nullable Instant at) {
        return new Post(id, uri, type, local, authorId, inReplyToUri, inReplyToId, rootId, contextUri, audienceUri,
                visibility, toUris, ccUris, name, summary, contentHtml, sourceText, language, sensitive, url,
                published, updated, deletedAt, at, likeCount, announceCount, raw);
    }

    public Post withDeletedAt(Instant at) {
        return new Post(id, uri, type, local, authorId, inReplyToUri, inReplyToId, rootId, contextUri, audienceUri,
                visibility, toUris, ccUris, name, null, null, null, language, sensitive, url, published, updated, at,
                null, likeCount, announceCount, null);
    }
}
