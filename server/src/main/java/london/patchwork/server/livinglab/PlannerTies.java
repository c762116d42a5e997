package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * How the network of assets grows in a plan: ties by preferential attachment (an end is picked with probability
 * proportional to its degree + 1), some of them across hubs; weavers' introductions between two assets of their
 * hub not yet tied; and the ties an event leaves behind. No tie joins an asset to itself, and no two ties join the
 * same two assets.
 */
final class PlannerTies {

    private final Scenario.Network network;
    private final PlannerLedger ledger;
    private final RandomGenerator random;
    private final java.util.Map<Integer, List<Integer>> neighbours = new java.util.HashMap<>();

    PlannerTies(Scenario.Network network, List<Plan.PlannedHub> hubs, PlannerLedger ledger, RandomGenerator random) {
        this.network = network;
        hubs.forEach(hub -> neighbours.put(hub.index(), Neighbours.of(hub, hubs)));
        this.ledger = ledger;
        this.random = random;
    }

    /** A tie from {@code subject} to {@code object} published by {@code member}; false if they were tied. */
    boolean publish(Plan.PlannedMember member, int subject, int object, String type, Duration at) {
        if (!ledger.tie(subject, object, type)) {
            return false;
        }
        List<PlannerLedger.Asset> assets = ledger.assets();
        ledger.add(new Step.Tie(at, ledger.key("h" + member.hub(), "t"), member.key(), assets.get(subject).key(),
                assets.get(object).key(), type));
        return true;
    }

    /** A member ties an asset of their hub, picked by degree, to another asset (sometimes another hub's). */
    void grow(Plan.PlannedMember member, Duration at) {
        int subject = pick(i -> ledger.assets().get(i).hub() == member.hub());
        if (subject >= 0) {
            attach(member, subject, at);
        }
    }

    /**
     * Ties a (new) asset to one picked by degree: with the scenario's share, of a hub its hub joined up with (whose
     * assets it holds), else of its own.
     */
    void attach(Plan.PlannedMember member, int subject, Duration at) {
        int hub = ledger.assets().get(subject).hub();
        boolean across = random.nextDouble() < network.acrossHubsShare();
        List<Integer> joined = neighbours.getOrDefault(hub, List.of());
        int object = pick(i -> i != subject && !ledger.tied(subject, i)
                && (across ? joined.contains(ledger.assets().get(i).hub()) : ledger.assets().get(i).hub() == hub));
        if (object >= 0) {
            publish(member, subject, object, type(subject, object), at);
        }
    }

    /** A weaver or organiser proposes two assets of their hub not yet tied meet; accepted by chance. */
    void introduce(Plan.PlannedMember weaver, Duration at) {
        List<Integer> own = new ArrayList<>();
        for (PlannerLedger.Asset asset : ledger.assets()) {
            if (asset.hub() == weaver.hub()) {
                own.add(asset.index());
            }
        }
        if (own.size() < 2) {
            return;
        }
        int subject = own.get(random.nextInt(own.size()));
        List<Integer> strangers = own.stream().filter(i -> i != subject && !ledger.tied(subject, i)
                && !ledger.introduced(subject, i)).toList();
        if (strangers.isEmpty()) {
            return;
        }
        int object = strangers.get(random.nextInt(strangers.size()));
        String type = type(subject, object);
        ledger.introducing(subject, object);
        boolean accepted = random.nextDouble() < network.introductionAccepted() && ledger.tie(subject, object, type);
        String key = ledger.key("h" + weaver.hub(), accepted ? "t" : "i");
        ledger.add(new Step.Introduction(at, key, weaver.key(), ledger.assets().get(subject).key(),
                ledger.assets().get(object).key(), type, accepted));
    }

    /**
     * After an event: one asset of the hub now {@code meets-at} the venue, and for every two residents who said they
     * were going, two more of the hub's assets become partners (three ties at most).
     */
    void afterEvent(Plan.PlannedMember host, PlannerLedger.Event event, int venue, Duration at) {
        int hub = event.hub();
        int ties = Math.min(3, 1 + ledger.rsvps(event.key()) / 2);
        int guest = pick(i -> ledger.assets().get(i).hub() == hub && i != venue && !ledger.tied(i, venue));
        if (guest >= 0) {
            publish(host, guest, venue, "meets-at", at);
        }
        for (int n = 1; n < ties; n++) {
            int one = pick(i -> ledger.assets().get(i).hub() == hub);
            if (one < 0) {
                return;
            }
            int other = pick(i -> ledger.assets().get(i).hub() == hub && i != one && !ledger.tied(one, i));
            if (other >= 0) {
                publish(host, one, other, "partners-with", at);
            }
        }
    }

    /** A connection type that suits the two assets' kinds. */
    String type(int subject, int object) {
        String from = ledger.assets().get(subject).kind();
        String to = ledger.assets().get(object).kind();
        double draw = random.nextDouble();
        return switch (to) {
            case "place" -> draw < 0.5 ? "meets-at" : draw < 0.8 && !from.equals("skill") ? "shares-space-with"
                    : "partners-with";
            case "organisation", "service" -> draw < 0.4 ? "refers-to"
                    : draw < 0.55 && from.equals("organisation") ? "funds" : "partners-with";
            default -> draw < 0.7 ? "partners-with" : "refers-to";
        };
    }

    private int pick(IntPredicate allowed) {
        return Generators.preferential(ledger.degrees(), allowed, random);
    }
}
