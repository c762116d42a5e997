package london.patchwork.server.livinglab;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The servers of a run: one PostgreSQL cluster, a real Patchwork process per local hub and one for the pan-London
 * Hub, each behind a link of the lab's network, and the residents' instance. Everything the servers say to each
 * other is seen by the ledger: at the hubs' links, and at the residents' inboxes.
 */
final class SimulatedLondon implements AutoCloseable {

    /** The pan-London Hub's username, and its link's name. */
    static final String LONDON_USERNAME = "london";
    private static final Duration READY = Duration.ofMinutes(5);

    private final LabCluster cluster;
    private final LabNetwork network;
    private final List<HubProcess> hubs;
    private final HubProcess london;
    private final ResidentsInstance residents;
    private final Map<String, String> recipients;

    private SimulatedLondon(LabCluster cluster, LabNetwork network, List<HubProcess> hubs, HubProcess london,
                            ResidentsInstance residents, Map<String, String> recipients) {
        this.cluster = cluster;
        this.network = network;
        this.hubs = hubs;
        this.london = london;
        this.residents = residents;
        this.recipients = recipients;
    }

    /** Starts every server of the plan and waits until all answer (each hub's timings from {@link LabTiming}). */
    static SimulatedLondon start(Plan plan, Path out, Ledger ledger, int heapMb, ProgressBar progress) throws IOException, InterruptedException {
        Map<String, String> recipients = new ConcurrentHashMap<>();
        LabCluster cluster = LabCluster.start(out.resolve("postgres"));
        LabNetwork network = new LabNetwork(exchange -> {
            if (exchange.inboxPost()) {
                String recipient = recipients.getOrDefault(exchange.link(), exchange.link());
                ledger.delivery(exchange.at(), recipient, exchange.activityId(), exchange.activityType(),
                        exchange.objectId(), exchange.status(), List.of(recipient));
            }
        });
        List<HubProcess> hubs = new ArrayList<>();
        for (Plan.PlannedHub hub : plan.hubs()) {
            hubs.add(HubProcess.prepare(settings(hub.username(), hub.name(), "Tenants, advisers, learners and "
                    + "groups in " + hub.area() + ".", hub.area(), heapMb), cluster, network, out));
            recipients.put(hub.username(), Ledger.hub(hub.index()));
        }
        HubProcess london = HubProcess.prepare(settings(LONDON_USERNAME, "London Hub",
                "The pan-London Hub: every borough's hub, joined up.", "London", heapMb)
                .with("patchwork.aggregation.shares", "true"), cluster, network, out);
        recipients.put(LONDON_USERNAME, Ledger.LONDON);
        List<HubProcess> all = new ArrayList<>(hubs);
        all.add(london);
        progress.phase("starting " + all.size() + " hubs");
        all.forEach(HubProcess::start);
        try (ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> ready = new ArrayList<>();
            for (HubProcess hub : all) {
                ready.add(waiting.submit(() -> {
                    hub.awaitReady(READY);
                    progress.tick();
                    return null;
                }));
            }
            for (Future<?> each : ready) {
                each.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            all.forEach(HubProcess::close);
            network.close();
            cluster.close();
            throw new IllegalStateException("a hub did not start: " + e.getCause().getMessage(), e.getCause());
        }
        progress.phase("starting " + plan.residents().size() + " residents");
        ResidentsInstance residents = new ResidentsInstance(plan.residents(), new ResidentsObserver() {
            @Override
            public void arrived(java.time.Instant at, URI signer, String inboxPath, String activityId, String type,
                                String objectId, List<Integer> reached) {
                ledger.delivery(at, "residents" + inboxPath, activityId, type, objectId, 202,
                        reached.stream().map(Ledger::resident).toList());
            }

            @Override
            public void sent(java.time.Instant at, String activityId, URI inbox, int status, int attempt) {
                // every send reaches a hub's link, which reports it
            }
        });
        return new SimulatedLondon(cluster, network, hubs, london, residents, recipients);
    }

    private static HubSettings settings(String username, String name, String summary, String area, int heapMb) {
        return new HubSettings(username, name, summary, area, heapMb, Map.of());
    }

    List<HubProcess> hubs() {
        return hubs;
    }

    HubProcess hub(int index) {
        return hubs.get(index);
    }

    HubProcess london() {
        return london;
    }

    ResidentsInstance residents() {
        return residents;
    }

    LabNetwork network() {
        return network;
    }

    LabCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws IOException {
        residents.close();
        List<HubProcess> all = new ArrayList<>(hubs);
        all.add(london);
        try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            all.forEach(hub -> stopping.submit(hub::close));
        }
        network.close();
        cluster.close();
    }
}
