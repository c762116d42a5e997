package london.patchwork.server.inbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.work.WorkLoop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies stored inbox activities on virtual threads, each running the shared {@link WorkLoop}: lease a batch of
 * due rows ({@code SKIP LOCKED}, so workers in several server processes share the work), apply each, and wait for
 * the intake's wake-up or the poll interval when there is nothing to do.
 */
@Context
public class InboxWorker {

    private final InboxDispatcher dispatcher;
    private final InboxActivityRepository activities;
    private final InboxConfiguration configuration;
    private final InboxWakeUp wakeUp;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public InboxWorker(InboxDispatcher dispatcher, InboxActivityRepository activities,
                       InboxConfiguration configuration, InboxWakeUp wakeUp) {
        this.dispatcher = dispatcher;
        this.activities = activities;
        this.configuration = configuration;
        this.wakeUp = wakeUp;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (!configuration.enabled() || running) {
            return;
        }
        running = true;
        WorkLoop.Work<List<InboxActivity>> work = new WorkLoop.Work<>() {
            @Override
            public Optional<List<InboxActivity>> claim() {
                List<InboxActivity> batch = activities.lease(configuration.batch());
                return batch.isEmpty() ? Optional.empty() : Optional.of(batch);
            }

            @Override
            public void handle(List<InboxActivity> batch) {
                dispatcher.applyAll(batch);
            }
        };
        for (int i = 0; i < configuration.workers(); i++) {
            threads.add(Thread.ofVirtual().name("inbox-worker-" + i).start(
                    new WorkLoop<>("inbox", work, wakeUp, configuration.pollInterval(), () -> running)));
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        wakeUp.signal();
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        threads.clear();
    }
}
