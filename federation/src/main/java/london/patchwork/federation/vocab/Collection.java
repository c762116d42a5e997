package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An unordered collection (Mastodon's replies).
 *
 * @param id         the collection's IRI
 * @param fields     object properties
 * @param collection size, items and paging
 * @param extra      properties not modelled
 */
public record Collection(URI id, ObjectFields fields, CollectionFields collection, Extras extra) implements CollectionLike {

    @Override
    public String type() {
        return "Collection";
    }
}
