package london.patchwork.server.aggregation;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.HubConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** When this instance offers a relay, its relay actor exists (made once, with its own key). */
@Singleton
public class RelayStartup {

    private static final Logger LOG = LoggerFactory.getLogger(RelayStartup.class);

    private final RelayConfiguration configuration;
    private final LocalActors localActors;
    private final HubConfiguration hub;

    public RelayStartup(RelayConfiguration configuration, LocalActors localActors, HubConfiguration hub) {
        this.configuration = configuration;
        this.localActors = localActors;
        this.hub = hub;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!configuration.relay()) {
            return;
        }
        if (localActors.ensureRelayActor(hub.name() + " relay").isEmpty()) {
            LOG.warn("event=relay_unavailable reason=\"a member already has the username relay\"");
            return;
        }
        LOG.info("event=relay_offered");
    }
}
