package london.patchwork.federation.vocab;

/**
 * ActivityPub {@code source}: what the content was rendered from (Lemmy and NodeBB send Markdown).
 *
 * @param content   the source text
 * @param mediaType its media type, e.g. {@code text/markdown}
 * @param extra     other properties
 */
public record Source(String content, String mediaType, Extras extra) {

    /** @return a source with no extras */
    public static Source of(String content, String mediaType) {
        return new Source(content, mediaType, Extras.EMPTY);
    }
}
