package london.patchwork.server.moderation;

import java.util.Optional;

/**
 * Content a report can name, and removing it. The capability that holds the content provides this (posts: a
 * removed post of ours is deleted and its {@code Delete} goes out), so moderation acts on content without
 * knowing its kinds.
 */
public interface ModeratedContent {

    /**
     * One piece of content, as the moderation queue shows it.
     *
     * @param id       its id in the client API
     * @param uri      its ActivityPub id
     * @param url      where people read it
     * @param authorId its author's actor id
     * @param html     its sanitised HTML
     * @param removed  true once it was deleted or removed
     * @param open     whether anyone may read it (public or unlisted, not removed): only then does a report form
     *                 show it to the member reporting
     */
    record Content(long id, String uri, String url, long authorId, String html, boolean removed, boolean open) {
    }

    /** By the id the client API gives it. */
    Optional<Content> findById(long id);

    /** By its ActivityPub id. */
    Optional<Content> findByUri(String uri);

    /**
     * Removes the content with this ActivityPub id, if this capability holds it.
     *
     * @return what was removed, in words for the moderation log; empty when there was no such content to remove
     */
    Optional<String> remove(String uri);
}
