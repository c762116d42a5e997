package london.patchwork.server.livinglab;

import java.util.Map;

/**
 * The hubs' retry and back-off settings, compressed for a simulation: a real hub waits minutes to hours before it
 * tries an unreachable peer again, a lab run lasts minutes, so every wait is cut to seconds while keeping its
 * shape (exponential, capped, jittered). Hard-coded waits cannot be set here: the aggregation backfill's
 * back-off for a hub that is down ({@code aggregation.Backfill.DOWN}, 5 s growing to 30 min) stays as it is.
 */
final class LabTiming {

    static final Map<String, String> COMPRESSED = Map.ofEntries(
            // delivery.DeliveryRetryConfiguration: 30 s doubling to 6 h
            Map.entry("patchwork.delivery.retry.base", "1s"),
            Map.entry("patchwork.delivery.retry.cap", "15s"),
            // delivery.CircuitPolicy: open for 1 min, up to 1 h
            Map.entry("patchwork.delivery.circuit.open-for", "3s"),
            Map.entry("patchwork.delivery.circuit.max-open", "15s"),
            // inbox.InboxConfiguration.Retry: an activity whose object's origin was unreachable, 30 s up to 1 h
            Map.entry("patchwork.inbox.retry.base", "1s"),
            Map.entry("patchwork.inbox.retry.cap", "15s"),
            // aggregation.HubDirectoryConfiguration: a newly joined hub is read within the poll interval
            Map.entry("patchwork.aggregation.directory.poll-interval", "5s"));

    private LabTiming() {
    }
}
