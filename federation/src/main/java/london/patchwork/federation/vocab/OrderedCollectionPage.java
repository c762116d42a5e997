package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A page of an {@link OrderedCollection}.
 *
 * @param id         the collection's IRI
 * @param fields     object properties
 * @param collection size, items and paging
 * @param extra      properties not modelled
 */
public record OrderedCollectionPage(URI id, ObjectFields fields, CollectionFields collection, Extras extra) implements CollectionLike {

    @Override
    public String type() {
        return "OrderedCollectionPage";
    }
}
