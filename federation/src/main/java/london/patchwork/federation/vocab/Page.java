package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A web page or link post: a Lemmy post.
 *
 * @param id     the object's IRI
 * @param fields its properties
 * @param extra  properties not modelled
 */
public record Page(URI id, ObjectFields fields, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Page";
    }
}
