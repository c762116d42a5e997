package london.patchwork.server.instance;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On start: say plainly which mode the hub runs in, since local mode relaxes what peers may be. */
@Singleton
public class InstanceStartup {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceStartup.class);

    private final Instance instance;

    public InstanceStartup(Instance instance) {
        this.instance = instance;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (instance.localMode()) {
            LOG.warn("event=local_mode baseUrl={} note=\"no public domain configured: plain http and peers on "
                    + "loopback and private networks are allowed; set PATCHWORK_DOMAIN for production\"",
                    instance.baseUri());
        } else {
            LOG.info("event=production_mode baseUrl={}", instance.baseUri());
        }
    }
}
