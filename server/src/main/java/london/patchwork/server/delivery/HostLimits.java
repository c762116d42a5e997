package london.patchwork.server.delivery;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * How many sends this process has open to each host, capped at {@code per-host-concurrency}. The cap is per
 * process (an in-memory semaphore per host): with several processes a host may see that many sends from each.
 */
@Singleton
public class HostLimits {

    private final int perHost;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final DeliveryWakeUp wakeUp;

    public HostLimits(DeliveryConfiguration configuration, DeliveryWakeUp wakeUp) {
        this.perHost = configuration.perHostConcurrency();
        this.wakeUp = wakeUp;
    }

    /** Hosts this process is sending to at its limit: a claim leaves them out. */
    public Set<String> busyHosts() {
        return permits.entrySet().stream()
                .filter(entry -> entry.getValue().availablePermits() == 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Takes a send slot for a host, if one is free. */
    public boolean tryAcquire(String host) {
        return permits.computeIfAbsent(host, h -> new Semaphore(perHost)).tryAcquire();
    }

    /** Gives a slot back, and wakes idle workers: jobs for that host may have been left out of their claims. */
    public void release(String host) {
        Semaphore semaphore = permits.get(host);
        boolean wasFull = semaphore.availablePermits() == 0;
        semaphore.release();
        if (wasFull) {
            wakeUp.signal();
        }
    }
}
