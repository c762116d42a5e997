package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An ordered collection: outbox, followers, featured posts, a FEP-7888 topic.
 *
 * @param id         the collection's IRI
 * @param fields     object properties
 * @param collection size, items and paging
 * @param extra      properties not modelled
 */
public record OrderedCollection(URI id, ObjectFields fields, CollectionFields collection, Extras extra) implements CollectionLike {

    @Override
    public String type() {
        return "OrderedCollection";
    }
}
