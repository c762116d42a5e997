package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Expands a collection the server can enumerate (its own actors' followers) into actor URIs.
 * Supplied by the server; remote collections are not expanded (nobody can list another server's
 * followers), so for them it answers empty.
 */
@FunctionalInterface
public interface CollectionExpander {

    /** Nothing is a collection. */
    CollectionExpander NONE = collection -> Optional.empty();

    /**
     * The members of a collection.
     *
     * @param addressee an addressee that may be a collection
     * @return the member actor URIs, or empty when the addressee is not a collection this server expands
     */
    Optional<List<URI>> membersOf(URI addressee);
}
