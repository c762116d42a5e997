package london.patchwork.federation.vocab;

import java.util.List;

/**
 * Properties of images and documents (attachments, avatars, headers).
 *
 * @param width      pixels
 * @param height     pixels
 * @param blurhash   Mastodon's blurhash placeholder
 * @param focalPoint Mastodon's focal point, two numbers in [-1, 1]; empty when absent
 */
public record MediaFields(Integer width, Integer height, String blurhash, List<Double> focalPoint) {

    /** Nothing set. */
    public static final MediaFields EMPTY = new MediaFields(null, null, null, null);

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public MediaFields {
        focalPoint = Lists.copy(focalPoint);
    }
}
