package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An image: an avatar, a header, a picture attachment. The file is at {@code fields().url()}, its type in {@code fields().mediaType()} and its
 * alt text in {@code fields().name()}.
 *
 * @param id     the object's IRI, usually null
 * @param fields its properties
 * @param media  size, blurhash and focal point
 * @param extra  properties not modelled
 */
public record Image(URI id, ObjectFields fields, MediaFields media, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Image";
    }
}
