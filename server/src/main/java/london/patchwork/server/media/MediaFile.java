package london.patchwork.server.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An image: uploaded here (kept on disk under {@code storageKey}) or a remote post's attachment ({@code remoteUrl},
 * and a {@code storageKey} too once a copy is kept here). {@code postId} is null until a post carries it.
 *
 * @param cacheState    for a remote attachment when copies are kept: pending, cached or failed; otherwise null
 * @param cacheAfter    when a pending copy may next be fetched (also its lease while being fetched)
 * @param cacheAttempts fetches tried so far
 */
@MappedEntity("media")
public record MediaFile(
        @Id @GeneratedValue @Nullable Long id,
        long ownerActorId,
        @Nullable String storageKey,
        @Nullable String remoteUrl,
        String mimeType,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Integer previewWidth,
        @Nullable Integer previewHeight,
        @Nullable String description,
        @Nullable String blurhash,
        @Nullable Long size,
        @Nullable Long postId,
        @DateCreated @Nullable Instant createdAt,
        @Nullable String cacheState,
        @Nullable Instant cacheAfter,
        int cacheAttempts) {

    static final String PENDING = "pending";

    /** A local upload, or a remote attachment's link (queued for a copy when {@code queued}). */
    static MediaFile of(long ownerActorId, @Nullable String storageKey, @Nullable String remoteUrl, String mimeType,
                        @Nullable Integer width, @Nullable Integer height, @Nullable Integer previewWidth,
                        @Nullable Integer previewHeight, @Nullable String description, @Nullable String blurhash,
                        @Nullable Long size, @Nullable Long postId, boolean queued) {
        return new MediaFile(null, ownerActorId, storageKey, remoteUrl, mimeType, width, height, previewWidth,
                previewHeight, description, blurhash, size, postId, null, queued ? PENDING : null,
                queued ? Instant.now() : null, 0);
    }

    MediaFile withDescription(@Nullable String newDescription) {
        return new MediaFile(id, ownerActorId, storageKey, remoteUrl, mimeType, width, height, previewWidth,
                previewHeight, newDescription, blurhash, size, postId, createdAt, cacheState, cacheAfter,
                cacheAttempts);
    }
}
