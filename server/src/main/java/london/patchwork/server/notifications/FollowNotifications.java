package london.patchwork.server.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.follows.FollowStarted;

/** Someone now follows a local actor: they hear of it, in the transaction that stored the follow. */
@Singleton
class FollowNotifications {

    private final NotificationService notifications;

    FollowNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void onFollowStarted(FollowStarted started) {
        notifications.record("follow", started.followedId(), started.followerId(), null);
    }
}
