package london.patchwork.server.events;

import jakarta.inject.Singleton;
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

    public EventsInbox(CreateEventHandler createEvent, UpdateEventHandler updateEvent,
                       DeleteEventHandler deleteEvent, JoinEventHandler joinEvent, LeaveEventHandler leaveEvent,
                       JoinAnsweredHandler joinAnswered) {
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
