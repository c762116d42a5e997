package london.patchwork.server.events;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;

import java.util.Optional;

/**
 * Fetches subscribed calendars on their schedule, on one virtual thread running the shared {@link WorkLoop}: claim
 * the most overdue subscription (a lease in the database, so several server processes share the work and a manual
 * refresh never overlaps a scheduled one), fetch and sync it, and look again each poll interval.
 */
@Context
class CalendarRefresher {

    private final CalendarSubscriptionService subscriptions;
    private final CalendarsConfiguration configuration;
    private final WakeUp wakeUp = new WakeUp();
    private Thread thread;
    private volatile boolean running;

    CalendarRefresher(CalendarSubscriptionService subscriptions, CalendarsConfiguration configuration) {
        this.subscriptions = subscriptions;
        this.configuration = configuration;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (!configuration.refreshEnabled() || running) {
            return;
        }
        running = true;
        WorkLoop.Work<CalendarSubscription> work = new WorkLoop.Work<>() {
            @Override
            public Optional<CalendarSubscription> claim() {
                return subscriptions.claimDue();
            }

            @Override
            public void handle(CalendarSubscription subscription) {
                subscriptions.refreshClaimed(subscription);
            }
        };
        thread = Thread.ofVirtual().name("calendar-refresher").start(
                new WorkLoop<>("calendars", work, wakeUp, configuration.pollInterval(), () -> running));
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        wakeUp.signal();
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
