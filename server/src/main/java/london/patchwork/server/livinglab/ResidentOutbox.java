package london.patchwork.server.livinglab;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.PostResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The residents' outgoing deliveries: a queue worked by virtual threads, each activity retried on the
 * {@link ResidentRetrySchedule} until it is delivered, refused for good, or the instance closes. Durable for the life
 * of the run only: what is queued at {@link #close()} is dropped, and counted by {@link #queued()} until then.
 */
final class ResidentOutbox implements AutoCloseable {

    /** Which of the target actor's inboxes to use. */
    enum Route { PERSONAL, SHARED }

    private static final Logger LOG = LoggerFactory.getLogger(ResidentOutbox.class);
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/activity+json",
            "Accept", "application/activity+json");

    private final FetchClient fetch;
    private final ResidentPeers peers;
    private final ResidentsObserver observer;
    private final ResidentRetrySchedule schedule;
    private final DelayQueue<Delivery> queue = new DelayQueue<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    ResidentOutbox(FetchClient fetch, ResidentPeers peers, ResidentsObserver observer, ResidentRetrySchedule schedule,
                   int workerCount) {
        this.fetch = fetch;
        this.peers = peers;
        this.observer = observer;
        this.schedule = schedule;
        for (int i = 0; i < workerCount; i++) {
            workers.add(Thread.ofVirtual().name("residents-outbox-" + i).start(this::work));
        }
    }

    /** Queues {@code body} for the inbox of {@code actor}, found when it is first tried. */
    void send(Resident sender, URI activityId, byte[] body, URI actor, Route route) {
        if (closed) {
            throw new IllegalStateException("the residents' instance is closed");
        }
        pending.incrementAndGet();
        queue.add(new Delivery(sender, activityId, body, actor, route, 1, System.nanoTime()));
    }

    int queued() {
        return pending.get();
    }

    long attempts() {
        return attempts.get();
    }

    long accepted() {
        return accepted.get();
    }

    long failedAttempts() {
        return failed.get();
    }

    long retries() {
        return retries.get();
    }

    private void work() {
        while (!closed) {
            Delivery delivery;
            try {
                delivery = queue.take();
            } catch (InterruptedException stopping) {
                return;
            }
            try {
                attempt(delivery);
            } catch (RuntimeException bug) {
                // A bug must not kill the worker, and the delivery must not vanish silently from queued().
                LOG.warn("delivery of {} failed unexpectedly", delivery.activityId(), bug);
                pending.decrementAndGet();
            }
        }
    }

    private void attempt(Delivery delivery) {
        URI inbox;
        try {
            ResidentPeers.Peer peer = peers.actor(delivery.actor(), false);
            inbox = delivery.route() == Route.SHARED ? peer.preferredInbox() : peer.inbox();
        } catch (FetchException unreachable) {
            int status = unreachable instanceof FetchException.HttpStatus http ? http.status() : -1;
            count(delivery, status);
            observer.sent(Instant.now(), delivery.activityId().toString(), delivery.actor(), status,
                    delivery.attempt());
            settle(delivery, unreachable.isPermanent() ? ResidentRetrySchedule.Verdict.GIVE_UP
                    : ResidentRetrySchedule.Verdict.RETRY);
            return;
        }
        String key = delivery.activityId() + " " + inbox;
        if (delivered.contains(key)) {
            settle(delivery, ResidentRetrySchedule.Verdict.DELIVERED);
            return;
        }
        int status = post(delivery, inbox);
        count(delivery, status);
        ResidentRetrySchedule.Verdict verdict = ResidentRetrySchedule.verdict(status);
        if (verdict == ResidentRetrySchedule.Verdict.DELIVERED) {
            delivered.add(key);
        }
        observer.sent(Instant.now(), delivery.activityId().toString(), inbox, status, delivery.attempt());
        settle(delivery, verdict);
    }

    private int post(Delivery delivery, URI inbox) {
        try {
            PostResult result = fetch.post(inbox, HEADERS, delivery.body(), delivery.sender().signer());
            LOG.debug("POST {} to {}: {}", delivery.activityId(), inbox, result.status());
            return result.status();
        } catch (FetchException noResponse) {
            LOG.debug("POST {} to {}: {}", delivery.activityId(), inbox, noResponse.getMessage());
            return -1;
        }
    }

    private void count(Delivery delivery, int status) {
        attempts.incrementAndGet();
        if (delivery.attempt() > 1) {
            retries.incrementAndGet();
        }
        if (status >= 200 && status < 300) {
            accepted.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }

    private void settle(Delivery delivery, ResidentRetrySchedule.Verdict verdict) {
        if (verdict == ResidentRetrySchedule.Verdict.RETRY && !closed) {
            long delay = schedule.delayAfter(delivery.attempt(), ThreadLocalRandom.current()).toNanos();
            queue.add(delivery.next(System.nanoTime() + delay));
            return;
        }
        pending.decrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        queue.clear();
    }

    /** One activity on its way to one actor's inbox; {@code due} on {@link System#nanoTime()}'s scale. */
    private record Delivery(Resident sender, URI activityId, byte[] body, URI actor, Route route, int attempt,
                            long due) implements Delayed {

        Delivery next(long nextDue) {
            return new Delivery(sender, activityId, body, actor, route, attempt + 1, nextDue);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
