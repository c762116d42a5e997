package london.patchwork.federation.vocab;

import java.util.List;

/**
 * Collection and collection-page properties. {@code items} holds {@code items} or
 * {@code orderedItems} (both are {@code as:items}); ordered types write it as {@code orderedItems}.
 *
 * @param totalItems how many items the whole collection has
 * @param items      the items on this collection or page (NodeBB sends some as relative ids)
 * @param first      the first page
 * @param last       the last page
 * @param current    the most recently updated page
 * @param partOf     the collection a page belongs to
 * @param next       the next page
 * @param prev       the previous page
 * @param startIndex position of a page's first item in the ordered collection
 */
public record CollectionFields(Integer totalItems, List<Ref<ApObject>> items, Ref<ApObject> first,
                               Ref<ApObject> last, Ref<ApObject> current, Ref<ApObject> partOf,
                               Ref<ApObject> next, Ref<ApObject> prev, Integer startIndex) {

    /** No items, no paging. */
    public static final CollectionFields EMPTY = new CollectionFields(null, null, null, null, null, null, null, null, null);

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public CollectionFields {
        items = Lists.copy(items);
    }

    /** @return a complete collection of {@code items} */
    public static CollectionFields of(List<Ref<ApObject>> items) {
        return new CollectionFields(items.size(), items, null, null, null, null, null, null, null);
    }

    /** @return a collection that only gives its size and first page */
    public static CollectionFields paged(int totalItems, Ref<ApObject> first) {
        return new CollectionFields(totalItems, null, first, null, null, null, null, null, null);
    }
}
