package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A custom emoji tag ({@code toot:Emoji}): {@code name} is the shortcode, {@code icon} the image.
 *
 * @param id     the object's IRI
 * @param fields its properties
 * @param extra  properties not modelled
 */
public record Emoji(URI id, ObjectFields fields, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Emoji";
    }
}
