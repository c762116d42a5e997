package london.patchwork.server.outbox;

import london.patchwork.federation.vocab.ApObject;

import java.util.List;

/**
 * One of the collections the hub's Group links for those who join up with it ({@code events}, {@code assets},
 * {@code connections}): the capability that owns the objects provides it, so the outbox pages it knowing none of
 * them. Only the hub's own, public objects; deleted ones left out.
 */
public interface HubCollection {

    /** Its name under {@code {actor}/collections/}. */
    String name();

    long count();

    /** Newest first, each as exactly the document its own id serves. */
    List<ApObject> page(int offset, int limit);
}
