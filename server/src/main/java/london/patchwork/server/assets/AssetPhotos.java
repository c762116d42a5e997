package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.media.MediaService;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The asset form's photo: a file chosen in the form (uploaded through the media capability: type known by its
 * bytes, re-encoded without its metadata, GPS included), the one uploaded with a form that came back refused (so it
 * is not sent twice), removing it, or keeping the asset's own, whose description its uploader may change.
 */
@Singleton
class AssetPhotos {

    private final MediaService media;

    AssetPhotos(MediaService media) {
        this.media = media;
    }

    /**
     * What the form chose.
     *
     * @param photoId  for {@link AssetService}: an image's id, empty to remove the photo, null to keep what there is
     * @param shownUrl the chosen image's address, to show again if the form comes back; empty for none
     * @param problems field to reason, when the photo was refused
     */
    record Chosen(@Nullable String photoId, String shownUrl, Map<String, String> problems) {
    }

    Chosen choose(long author, AssetForm posted, @Nullable byte[] file, @Nullable Long current)
            throws IOException {
        String description = posted.photoDescription() == null || posted.photoDescription().isBlank() ? null
                : posted.photoDescription().strip();
        try {
            if (file != null && file.length > 0) {
                return chosen(media.upload(author, file, description));
            }
            if ("true".equals(posted.removePhoto())) {
                return new Chosen("", "", Map.of());
            }
            if (posted.photoId() != null && !posted.photoId().isBlank()) {
                Optional<MediaService.Attachment> earlier = media.findOwn(author, posted.photoId().strip());
                if (earlier.isEmpty()) {
                    return new Chosen(null, "", Map.of("photo", "Choose the photo again."));
                }
                return chosen(media.describe(author, String.valueOf(earlier.get().id()), description));
            }
            if (current != null && media.findOwn(author, String.valueOf(current)).isPresent()) {
                media.describe(author, String.valueOf(current), description);
            }
            return new Chosen(null, "", Map.of());
        } catch (MediaService.Refused refused) {
            String reason = refused.getMessage().replace("Validation failed: ", "");
            return new Chosen(null, "", Map.of(reason.toLowerCase(java.util.Locale.ROOT).contains("description")
                    ? "photo_description" : "photo", reason));
        }
    }

    /** The current photo's description, for the edit form. */
    String description(Asset asset) {
        return asset.photoId() == null ? "" : media.find(asset.photoId()).map(MediaService.Attachment::description)
                .orElse("");
    }

    private static Chosen chosen(MediaService.Attachment photo) {
        return new Chosen(String.valueOf(photo.id()), AssetPages.shown(photo), Map.of());
    }
}
