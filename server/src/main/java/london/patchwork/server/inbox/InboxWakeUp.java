package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.server.work.WakeUp;

/** Wakes idle inbox workers the moment an activity is stored, rather than at their next poll. */
@Singleton
public class InboxWakeUp extends WakeUp {
}
