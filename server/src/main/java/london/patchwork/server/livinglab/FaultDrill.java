package london.patchwork.server.livinglab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Puts the plan's faults on at their compressed times and takes them off again: a hub's process stopped and
 * started again, a hub's link slowed, or the links between a hub and the pan-London Hub cut both ways. Each is
 * remembered with its real start and end, for the report to say how the network caught up.
 */
final class FaultDrill {

    private static final Logger LOG = LoggerFactory.getLogger(FaultDrill.class);
    private static final Duration RESTART = Duration.ofMinutes(5);

    /** A fault as it happened. */
    record Happened(Plan.Fault fault, String hub, Instant began, Instant ended) {
    }

    private final SimulatedLondon london;
    private final SimulatedClock clock;
    private final Clock real;
    private final List<Happened> happened = new CopyOnWriteArrayList<>();
    private final List<Thread> running = new ArrayList<>();
    private final List<String> active = new CopyOnWriteArrayList<>();

    FaultDrill(SimulatedLondon london, SimulatedClock clock, Clock real) {
        this.london = london;
        this.clock = clock;
        this.real = real;
    }

    /** Schedules every fault; each runs on its own virtual thread. */
    void schedule(List<Plan.Fault> faults) {
        for (Plan.Fault fault : faults) {
            running.add(Thread.ofVirtual().name("lab-fault").start(() -> drill(fault)));
        }
    }

    private void drill(Plan.Fault fault) {
        HubProcess hub = london.hub(fault.hub());
        String name = hub.settings().username();
        try {
            sleepUntil(clock.realAt(fault.at()));
            Instant began = real.instant();
            String label = fault.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + name;
            active.add(label);
            LOG.debug("event=fault_on kind={} hub={}", fault.kind(), name);
            on(fault, hub);
            sleepUntil(clock.realAt(fault.at().plus(fault.lasting())));
            off(fault, hub);
            active.remove(label);
            LOG.debug("event=fault_off kind={} hub={}", fault.kind(), name);
            happened.add(new Happened(fault, name, began, real.instant()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void on(Plan.Fault fault, HubProcess hub) {
        HubProcess pan = london.london();
        switch (fault.kind()) {
            case STOP -> hub.stop();
            case SLOW -> hub.link().slow(fault.delay());
            case PARTITION -> {
                hub.link().partition(Set.of(origin(pan)));
                pan.link().partition(Set.of(origin(hub)));
            }
        }
    }

    private void off(Plan.Fault fault, HubProcess hub) {
        switch (fault.kind()) {
            case STOP -> {
                hub.start();
                hub.awaitReady(RESTART);
            }
            case SLOW -> hub.link().heal();
            case PARTITION -> {
                hub.link().heal();
                london.london().link().heal();
            }
        }
    }

    /** How a hub names itself in its User-Agent: its base URL without the trailing slash. */
    private static String origin(HubProcess hub) {
        String base = hub.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Faults on now, for the progress line. */
    List<String> active() {
        return List.copyOf(active);
    }

    /** Waits for every fault to have ended. */
    List<Happened> awaitAll() throws InterruptedException {
        for (Thread thread : running) {
            thread.join();
        }
        return List.copyOf(happened);
    }

    private void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(real.instant(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
