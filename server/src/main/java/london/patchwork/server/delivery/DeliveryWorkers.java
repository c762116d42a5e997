package london.patchwork.server.delivery;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Starts this process's share of the delivery queue when the application has started — one fan-out loop, the
 * configured number of delivery workers, a LISTEN loop for wake-ups and a housekeeping loop, all on virtual
 * threads — and stops them on shutdown: no new claims, sends in progress get {@code shutdown-grace} to finish,
 * then are interrupted (their jobs come back when their leases run out). Off with
 * {@code patchwork.delivery.enabled=false}; the queue still fills, for another process to work.
 */
@Singleton
@Requires(property = "patchwork.delivery.enabled", notEquals = "false")
public class DeliveryWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final DeliveryConfiguration configuration;
    private final FanoutStore fanoutStore;
    private final Fanout fanout;
    private final DeliveryJobStore jobs;
    private final DeliverySender sender;
    private final DeliveryRecorder recorder;
    private final HostLimits hostLimits;
    private final DeliveryMaintenance maintenance;
    private final DeliveryWakeUp wakeUp;
    private final DataSource dataSource;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    public DeliveryWorkers(DeliveryConfiguration configuration, FanoutStore fanoutStore, Fanout fanout,
                           DeliveryJobStore jobs, DeliverySender sender, DeliveryRecorder recorder,
                           HostLimits hostLimits, DeliveryMaintenance maintenance, DeliveryWakeUp wakeUp,
                           DataSource dataSource) {
        this.configuration = configuration;
        this.fanoutStore = fanoutStore;
        this.fanout = fanout;
        this.jobs = jobs;
        this.sender = sender;
        this.recorder = recorder;
        this.hostLimits = hostLimits;
        this.maintenance = maintenance;
        this.wakeUp = wakeUp;
        this.dataSource = dataSource;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        start();
    }

    /** Starts the loops (once). */
    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Duration poll = configuration.pollInterval();
        start("delivery-listen", new DeliveryNotifications(dataSource, wakeUp, running::get));
        start("delivery-maintenance", this::housekeeping);
        start("delivery-fanout", new WorkLoop<>("fanout", new FanoutWorker(fanoutStore, fanout, wakeUp), wakeUp,
                poll, running::get));
        DeliveryWorker deliveryWorker = new DeliveryWorker(jobs, sender, recorder, hostLimits);
        for (int i = 0; i < configuration.workers(); i++) {
            start("delivery-worker-" + i, new WorkLoop<>("delivery", deliveryWorker, wakeUp, poll, running::get));
        }
        LOG.info("event=delivery_started workers={} perHost={} poll={}", configuration.workers(),
                configuration.perHostConcurrency(), poll);
    }

    /** Stops the loops and waits for them, at most the shutdown grace and a moment more. */
    @PreDestroy
    public synchronized void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        stopping.countDown();
        wakeUp.signal();
        long deadline = System.nanoTime() + configuration.shutdownGrace().toNanos();
        List<Thread> unfinished = new ArrayList<>();
        for (Thread thread : threads) {
            if (!join(thread, deadline - System.nanoTime())) {
                unfinished.add(thread);
            }
        }
        unfinished.forEach(Thread::interrupt);
        unfinished.forEach(thread -> join(thread, TimeUnit.SECONDS.toNanos(2)));
        threads.clear();
        LOG.info("event=delivery_stopped interrupted={}", unfinished.size());
    }

    private void housekeeping() {
        try {
            while (running.get()) {
                try {
                    maintenance.run();
                } catch (RuntimeException e) {
                    LOG.warn("event=delivery_maintenance_error error=\"{}\"", Sql.excerpt(e.toString()));
                }
                if (stopping.await(configuration.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(String name, Runnable loop) {
        threads.add(Thread.ofVirtual().name(name).start(loop));
    }

    private static boolean join(Thread thread, long nanos) {
        try {
            return thread.join(Duration.ofNanos(Math.max(1, nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
