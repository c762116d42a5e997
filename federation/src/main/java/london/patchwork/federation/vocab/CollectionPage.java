package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A page of a {@link Collection}.
 *
 * @param id         the collection's IRI
 * @param fields     object properties
 * @param collection size, items and paging
 * @param extra      properties not modelled
 */
public record CollectionPage(URI id, ObjectFields fields, CollectionFields collection, Extras extra) implements CollectionLike {

    @Override
    public String type() {
        return "CollectionPage";
    }
}
