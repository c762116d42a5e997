package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.Optional;
import london.patchwork.federation.fetch.FetchException;

/**
 * Finds a remote actor's inboxes, usually from the server's cache of actors and otherwise by
 * fetching the actor. Supplied by the server.
 */
@FunctionalInterface
public interface InboxLookup {

    /**
     * The inboxes of an actor.
     *
     * @param actor a remote actor URI
     * @return its inboxes, or empty when the URI is not an actor with an inbox
     * @throws FetchException when the actor could not be fetched
     */
    Optional<InboxEndpoints> inboxesOf(URI actor) throws FetchException;
}
