package london.patchwork.server.livinglab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Works the ledger's books into the report's figures: what was expected and what arrived, how fast, by day and by
 * kind, and, for each fault, what it held back and how long the network took to catch up once it was over.
 */
final class RunFigures {

    private final Ledger ledger;
    private final SimulatedClock clock;

    RunFigures(Ledger ledger, SimulatedClock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Everything but the network, the map and the hubs, which the run adds from the servers. */
    LabReport report(Plan plan, Instant startedAt, Duration wall, List<LabReport.HubFigures> hubs,
                     List<FaultDrill.Happened> faults, LabReport.NetworkSnapshot before,
                     LabReport.NetworkSnapshot after, List<LabReport.MapPoint> map) {
        List<Ledger.Delivery> deliveries = ledger.deliveries();
        List<Ledger.Delivery> arrived = deliveries.stream().filter(d -> d.arrived() != null).toList();
        Ledger.Counts counts = ledger.counts();
        return new LabReport(plan.scenario(), plan.seed(), plan.hubs().size(), plan.residents().size(), plan.days(),
                startedAt, wall, counts.published(), deliveries.size(), arrived.size(),
                deliveries.size() - arrived.size(), counts.duplicates(), percentiles(arrived, d -> true),
                percentiles(arrived, d -> d.recipient().equals(Ledger.LONDON)),
                percentiles(arrived, d -> d.recipient().startsWith("resident:")), perSecond(),
                counts.attempts(), counts.failures(), counts.retries(), hubs, faults(faults, deliveries),
                daily(plan, deliveries), ReportMath.histogram(millis(arrived, d -> true)), kinds(deliveries),
                before, after, map);
    }

    private static LabReport.Percentiles percentiles(List<Ledger.Delivery> arrived,
                                                     Predicate<Ledger.Delivery> which) {
        return ReportMath.percentiles(millis(arrived, which));
    }

    private static long[] millis(List<Ledger.Delivery> arrived, Predicate<Ledger.Delivery> which) {
        return arrived.stream().filter(which).mapToLong(Ledger.Delivery::millis).toArray();
    }

    /** Accepted inbox POSTs per second, from the start of the days to the last accepted one. */
    private double perSecond() {
        List<Ledger.Attempt> accepted = ledger.attempts().stream().filter(Ledger.Attempt::accepted)
                .filter(a -> !a.at().isBefore(clock.realStart())).toList();
        if (accepted.isEmpty()) {
            return 0;
        }
        Instant last = accepted.stream().map(Ledger.Attempt::at).max(Instant::compareTo).orElseThrow();
        double seconds = Math.max(1, Duration.between(clock.realStart(), last).toMillis()) / 1000d;
        return Math.round(accepted.size() / seconds * 10) / 10d;
    }

    private List<LabReport.DayFigures> daily(Plan plan, List<Ledger.Delivery> deliveries) {
        Map<Integer, List<Ledger.Delivery>> byDay = new TreeMap<>();
        for (int day = 1; day <= plan.days(); day++) {
            byDay.put(day, new ArrayList<>());
        }
        deliveries.forEach(d -> byDay.computeIfAbsent(d.item().day(), k -> new ArrayList<>()).add(d));
        Map<Integer, Long> failures = new TreeMap<>();
        ledger.attempts().stream().filter(a -> !a.accepted())
                .forEach(a -> failures.merge(dayOf(a.at()), 1L, Long::sum));
        List<LabReport.DayFigures> days = new ArrayList<>();
        byDay.forEach((day, list) -> {
            List<Ledger.Delivery> arrived = list.stream().filter(d -> d.arrived() != null).toList();
            days.add(new LabReport.DayFigures(day, clock.date(day),
                    list.stream().map(Ledger.Delivery::item).distinct().count(), arrived.size(),
                    failures.getOrDefault(day, 0L), percentiles(arrived, d -> true).p95()));
        });
        return days;
    }

    private int dayOf(Instant real) {
        return clock.day(clock.simulatedAt(real));
    }

    private List<LabReport.KindFigures> kinds(List<Ledger.Delivery> deliveries) {
        Map<String, long[]> byKind = new TreeMap<>();
        ledger.items().forEach(item -> byKind.computeIfAbsent(item.kind(), k -> new long[4])[0]++);
        for (Ledger.Delivery d : deliveries) {
            long[] figures = byKind.computeIfAbsent(d.item().kind(), k -> new long[4]);
            figures[1]++;
            figures[d.arrived() != null ? 2 : 3]++;
        }
        List<LabReport.KindFigures> kinds = new ArrayList<>();
        byKind.forEach((kind, f) -> kinds.add(new LabReport.KindFigures(kind, f[0], f[1], f[2], f[3])));
        return kinds;
    }

    private List<LabReport.FaultFigures> faults(List<FaultDrill.Happened> faults, List<Ledger.Delivery> deliveries) {
        List<LabReport.FaultFigures> figures = new ArrayList<>();
        for (FaultDrill.Happened fault : faults) {
            String hub = Ledger.hub(fault.fault().hub());
            Predicate<Ledger.Delivery> involved = switch (fault.fault().kind()) {
                case PARTITION -> d -> d.item().origin().equals(hub) && d.recipient().equals(Ledger.LONDON);
                case STOP, SLOW -> d -> d.item().origin().equals(hub) || d.recipient().equals(hub);
            };
            List<Ledger.Delivery> heldBack = deliveries.stream().filter(involved)
                    .filter(d -> d.item().publishedAt().isBefore(fault.ended()))
                    .filter(d -> d.arrived() == null || d.arrived().isAfter(fault.ended())).toList();
            Instant last = heldBack.stream().map(Ledger.Delivery::arrived).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(fault.ended());
            figures.add(new LabReport.FaultFigures(fault.fault().kind().name().toLowerCase(java.util.Locale.ROOT),
                    fault.hub(), clock.day(fault.fault().at()), Duration.between(fault.began(), fault.ended()),
                    heldBack.size(), Duration.between(fault.ended(), last),
                    heldBack.stream().filter(d -> d.arrived() == null).count()));
        }
        return figures;
    }
}
