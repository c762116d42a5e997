package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A plain Link: an alternative {@code url} (PeerTube video files), a link attachment (Lemmy,
 * Mobilizon).
 *
 * @param id        the link's IRI, usually null
 * @param href      the target
 * @param rel       link relations
 * @param mediaType the target's media type
 * @param name      link text
 * @param nameMap   link text by language
 * @param hreflang  the target's language
 * @param height    pixels, for media
 * @param width     pixels, for media
 * @param extra     properties not modelled
 */
public record Link(URI id, URI href, List<String> rel, String mediaType, String name, Map<String, String> nameMap,
                   String hreflang, Integer height, Integer width, Extras extra) implements LinkLike {

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public Link {
        rel = Lists.copy(rel);
        nameMap = Lists.map(nameMap);
    }

    @Override
    public String type() {
        return "Link";
    }

    /** @return a link to {@code href} with a media type */
    public static Link to(URI href, String mediaType) {
        return new Link(null, href, null, mediaType, null, null, null, null, null, Extras.EMPTY);
    }
}
