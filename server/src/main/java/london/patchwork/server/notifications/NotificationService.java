package london.patchwork.server.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local actor's notifications, in Mastodon's types: someone {@code follow}ed them, {@code favourite}d or
 * {@code reblog}ged their post, or {@code mention}ed them. Recorded inside the transaction of what caused it, once
 * per cause; an actor's own doings notify no one.
 */
@Singleton
public class NotificationService {

    public static final Set<String> TYPES = Set.of("mention", "follow", "favourite", "reblog");

    private final NotificationRepository notifications;
    private final ActorRepository actors;

    public NotificationService(NotificationRepository notifications, ActorRepository actors) {
        this.notifications = notifications;
        this.actors = actors;
    }

    /** One notification as the API lists it. */
    public record Entry(long id, String type, Instant createdAt, long fromActorId, @Nullable Long objectId) {
    }

    /** A page: ids below {@code beforeId} and above {@code afterId}, newest first. */
    public record Page(long beforeId, long afterId, int limit, boolean ascending) {
    }

    /** Records a notification for {@code recipientId} when it is a local actor other than the one who acted. */
    @Transactional
    public void record(String type, long recipientId, long fromActorId, @Nullable Long objectId) {
        if (!TYPES.contains(type) || recipientId == fromActorId) {
            return;
        }
        Optional<Actor> recipient = actors.findById(recipientId);
        if (recipient.isEmpty() || !recipient.get().local() || LocalActorUris.isInstanceActor(recipient.get())) {
            return;
        }
        notifications.insertOnce(recipientId, type, fromActorId, objectId);
    }

    @Transactional(readOnly = true)
    public List<Entry> list(long recipientId, Set<String> types, Page page) {
        List<String> wanted = types.stream().filter(TYPES::contains).sorted().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (page.ascending()) {
            List<Entry> oldestFirst = new ArrayList<>(notifications.findOldest(recipientId, wanted, page.beforeId(),
                    page.afterId(), page.limit()).stream().map(NotificationService::entry).toList());
            Collections.reverse(oldestFirst);
            return oldestFirst;
        }
        return notifications.findNewest(recipientId, wanted, page.beforeId(), page.afterId(), page.limit()).stream()
                .map(NotificationService::entry).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(long recipientId, long id) {
        return notifications.findByIdAndRecipientId(id, recipientId).map(NotificationService::entry);
    }

    /** Dismisses one notification; false when the recipient has no such notification. */
    @Transactional
    public boolean dismiss(long recipientId, long id) {
        Optional<Notification> found = notifications.findByIdAndRecipientId(id, recipientId);
        found.ifPresent(notifications::delete);
        return found.isPresent();
    }

    @Transactional
    public void clear(long recipientId) {
        notifications.clear(recipientId);
    }

    private static Entry entry(Notification notification) {
        return new Entry(notification.id(), notification.type(), notification.createdAt(),
                notification.fromActorId(), notification.objectId());
    }
}
