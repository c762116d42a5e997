package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;

/**
 * A create, edit or delete that no capability takes: of an object on another host than the sender's (never
 * fetched), of a type nothing here keeps, or of something this hub does not hold. Ignored, with the reason.
 */
@Singleton
public class UnheldObjectHandler implements ActivityHandler {

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        URI id = inbound.activity().object().map(Ref::id).orElse(null);
        String sender = inbound.sender().uri();
        if (id != null && !CanonicalUris.sameHost(id, URI.create(sender))) {
            return HandlerOutcome.ignored("object " + id + " is not by " + sender);
        }
        if (inbound.activity().type().equals("Create")) {
            return inbound.object().map(object -> HandlerOutcome.ignored("creates a " + object.type()
                    + ", which nothing here keeps")).orElseGet(() -> HandlerOutcome.ignored("no object to create"));
        }
        return HandlerOutcome.ignored("we do not hold " + id);
    }
}
