package london.patchwork.server.instance;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.LocalActors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On start: make sure the hub's own actors exist, and say plainly which mode the hub runs in. */
@Singleton
public class InstanceStartup {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceStartup.class);

    private final Instance instance;
    private final HubConfiguration hub;
    private final LocalActors localActors;

    public InstanceStartup(Instance instance, HubConfiguration hub, LocalActors localActors) {
        this.instance = instance;
        this.hub = hub;
        this.localActors = localActors;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        localActors.ensureHub(hub);
        localActors.ensureInstanceActor(hub.name());
        if (instance.localMode()) {
            LOG.warn("event=local_mode baseUrl={} note=\"no public domain configured: plain http and peers on "
                    + "loopback and private networks are allowed; set PATCHWORK_DOMAIN for production\"",
                    instance.baseUri());
        } else {
            LOG.info("event=production_mode baseUrl={}", instance.baseUri());
        }
        LOG.info("event=hub_ready handle=@{}@{}", hub.username(), instance.authority());
    }
}
