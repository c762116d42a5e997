package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.delivery.PublicActivityRecipients;

import java.net.URI;
import java.util.List;

/**
 * The relays this instance joined receive its public Create, Update, Delete and Announce activities, as Mastodon
 * sends its public posts to its relays. Not the relay actor's own re-announcements (no loops between relays), nor
 * the server's own actor's.
 */
@Singleton
public class RelayRecipients implements PublicActivityRecipients {

    private final RelayRepository relays;

    public RelayRecipients(RelayRepository relays) {
        this.relays = relays;
    }

    @Override
    public List<URI> recipients(Actor publisher, String activityType) {
        if (!RelayHost.RELAYED.contains(activityType) || LocalActorUris.isRelay(publisher)
                || LocalActorUris.isInstanceActor(publisher)) {
            return List.of();
        }
        return relays.findAcceptedActorUris().stream().map(URI::create).toList();
    }
}
