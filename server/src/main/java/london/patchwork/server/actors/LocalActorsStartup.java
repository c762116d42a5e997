package london.patchwork.server.actors;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** On start: the hub's Group actor and the server's own actor exist, with the configured profile. */
@Singleton
public class LocalActorsStartup {

    private static final Logger LOG = LoggerFactory.getLogger(LocalActorsStartup.class);

    private final HubConfiguration hub;
    private final Instance instance;
    private final LocalActors localActors;

    public LocalActorsStartup(HubConfiguration hub, Instance instance, LocalActors localActors) {
        this.hub = hub;
        this.instance = instance;
        this.localActors = localActors;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        // At once: on first start each makes an RSA key, the longest step of a fresh start.
        try (ExecutorService alongside = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Actor> instanceActor = CompletableFuture.supplyAsync(
                    () -> localActors.ensureInstanceActor(hub.name()), alongside);
            localActors.ensureHub(hub);
            instanceActor.join();
        }
        LOG.info("event=hub_ready handle=@{}@{}", hub.username(), instance.authority());
    }
}
