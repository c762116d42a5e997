package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.AnnouncedObjects;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Events from the fediverse, and people joining and leaving ours. */
@Singleton
public class EventsInbox implements InboxRoutes {

    private final CreateEventHandler createEvent;
    private final UpdateEventHandler updateEvent;
    private final DeleteEventHandler deleteEvent;
    private final JoinEventHandler joinEvent;
    private final LeaveEventHandler leaveEvent;
    private final JoinAnsweredHandler joinAnswered;
    private final AnnouncedObjects announced;

    public EventsInbox(CreateEventHandler createEvent, UpdateEventHandler updateEvent,
                       DeleteEventHandler deleteEvent, JoinEventHandler joinEvent, LeaveEventHandler leaveEvent,
                       JoinAnsweredHandler joinAnswered, AnnouncedObjects announced) {
        this.announced = announced;
        this.joinAnswered = joinAnswered;
        this.createEvent = createEvent;
        this.updateEvent = updateEvent;
        this.deleteEvent = deleteEvent;
        this.joinEvent = joinEvent;
        this.leaveEvent = leaveEvent;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Event", createEvent)
                .on("Update", "Event", updateEvent)
                .on("Delete", "Event", deleteEvent)
                // A joined hub's Group sharing an event by id: kept from its origin as its Create would be.
                .on("Announce", "Event", announced.keptBy(createEvent))
                .on("Join", "Event", joinEvent)
                // Friendica answers an event it was sent with TentativeAccept for "attend maybe".
                .on("TentativeAccept", "Event", joinEvent)
                .on("Leave", "Event", leaveEvent)
                .on("Undo", "Join", leaveEvent)
                // A remote event's organiser answers a member's Join.
                .on("Accept", "Join", joinAnswered)
                .on("TentativeAccept", "Join", joinAnswered)
                .on("Reject", "Join", joinAnswered);
    }
}
