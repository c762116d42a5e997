package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A long post with a title: a blog article, a NodeBB topic.
 *
 * @param id     the object's IRI
 * @param fields its properties
 * @param extra  properties not modelled
 */
public record Article(URI id, ObjectFields fields, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Article";
    }
}
