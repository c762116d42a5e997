package london.patchwork.server.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An image: uploaded here (kept on disk under {@code storageKey}) or a remote post's attachment (only its
 * {@code remoteUrl}). {@code postId} is null until a post carries it.
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
        @DateCreated @Nullable Instant createdAt) {

    MediaFile withDescription(@Nullable String newDescription) {
        return new MediaFile(id, ownerActorId, storageKey, remoteUrl, mimeType, width, height, previewWidth,
                previewHeight, newDescription, blurhash, size, postId, createdAt);
    }
}
