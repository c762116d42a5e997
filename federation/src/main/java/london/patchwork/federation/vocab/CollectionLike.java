package london.patchwork.federation.vocab;

/** A Collection, OrderedCollection or one of their pages. */
public sealed interface CollectionLike extends AsObject
        permits Collection, OrderedCollection, CollectionPage, OrderedCollectionPage {

    /** @return the collection properties (size, items, paging links) */
    CollectionFields collection();
}
