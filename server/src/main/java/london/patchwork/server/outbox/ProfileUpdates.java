package london.patchwork.server.outbox;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorActivities;
import london.patchwork.server.actors.LocalProfileChanged;

import java.time.Instant;

/**
 * Tells followers that a local actor's profile changed. Events are delivered synchronously, so this runs in the
 * transaction that stored the change, and {@link Outbox#publish} (which requires one) stores the {@code Update} with it.
 */
@Singleton
public class ProfileUpdates {

    private final Outbox outbox;
    private final ActorActivities activities;

    public ProfileUpdates(Outbox outbox, ActorActivities activities) {
        this.outbox = outbox;
        this.activities = activities;
    }

    @EventListener
    void onProfileChanged(LocalProfileChanged changed) {
        outbox.publish(changed.actor(), activities.update(outbox.newActivityUri(), changed.actor(), Instant.now()),
                null, false);
    }
}
