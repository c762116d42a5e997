package london.patchwork.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import london.patchwork.federation.fetch.Origin;

/**
 * Where an actor receives activities: its personal inbox and, when its server has one, the shared
 * inbox that takes one delivery for all of that server's recipients.
 *
 * @param inbox       the actor's own inbox
 * @param sharedInbox the server's shared inbox, or null (GoToSocial and Gancio publish none)
 */
public record InboxEndpoints(URI inbox, URI sharedInbox) {

    /** Requires the personal inbox. */
    public InboxEndpoints {
        Objects.requireNonNull(inbox, "inbox");
    }

    /** An actor with only a personal inbox. */
    public static InboxEndpoints personal(URI inbox) {
        return new InboxEndpoints(inbox, null);
    }

    /** The shared inbox, when published. */
    public Optional<URI> sharedInboxUrl() {
        return Optional.ofNullable(sharedInbox);
    }

    /** Where to deliver: the shared inbox when there is one, else the personal inbox. */
    public URI preferred() {
        return sharedInbox != null ? sharedInbox : inbox;
    }

    /**
     * Reads the inboxes from an actor document: {@code inbox}, and the shared inbox from
     * {@code endpoints.sharedInbox} (or a top-level {@code sharedInbox}, as Misskey also writes).
     * Empty when there is no http(s) {@code inbox}; a shared inbox that is not http(s) is ignored.
     */
    public static Optional<InboxEndpoints> fromActor(JsonNode actor) {
        if (actor == null || !actor.isObject()) {
            return Optional.empty();
        }
        Optional<URI> inbox = httpUri(actor.get("inbox"));
        if (inbox.isEmpty()) {
            return Optional.empty();
        }
        JsonNode endpoints = actor.get("endpoints");
        Optional<URI> shared = endpoints != null && endpoints.isObject() ? httpUri(endpoints.get("sharedInbox"))
                : Optional.empty();
        return Optional.of(new InboxEndpoints(inbox.get(), shared.or(() -> httpUri(actor.get("sharedInbox"))).orElse(null)));
    }

    private static Optional<URI> httpUri(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        String text = node.textValue();
        return Origin.parse(text).map(origin -> URI.create(text));
    }
}
