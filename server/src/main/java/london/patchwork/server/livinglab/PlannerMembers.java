package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * What the hubs' members do in a plan: the first morning's map (each hub's initial assets, tied as a small world),
 * then each day posts, threads, guides, articles, events, new assets, ties and introductions at their persona's
 * rates, at random times in the day's waking hours.
 */
final class PlannerMembers {

    static final Duration DAY = Duration.ofDays(1);
    static final Duration WAKING = Duration.ofHours(14);
    static final Duration FIRST_HOUR = Duration.ofHours(1);
    private static final double ASSET_RADIUS_KM = 2;

    private final Scenario scenario;
    private final List<Plan.PlannedHub> hubs;
    private final List<Personas.Member> members;
    private final PlannerLedger ledger;
    private final PlannerAgenda agenda;
    private final PlannerTies ties;
    private final RandomGenerator random;

    PlannerMembers(Scenario scenario, List<Plan.PlannedHub> hubs, List<Personas.Member> members,
                   PlannerLedger ledger, PlannerAgenda agenda, RandomGenerator random) {
        this.scenario = scenario;
        this.hubs = hubs;
        this.members = members;
        this.ledger = ledger;
        this.agenda = agenda;
        this.random = random;
        this.ties = new PlannerTies(scenario.network(), hubs, ledger, random);
    }

    void schedule(int days) {
        for (Plan.PlannedHub hub : hubs) {
            firstMorning(hub);
        }
        for (int day = 0; day < days; day++) {
            Duration from = DAY.multipliedBy(day).plus(day == 0 ? FIRST_HOUR : Duration.ZERO);
            Duration span = day == 0 ? WAKING.minus(FIRST_HOUR) : WAKING;
            for (Personas.Member member : members) {
                Plan.PlannedMember who = member.member();
                Scenario.Habits habits = member.habits();
                times(habits.posts(), from, span, at -> post(who, at));
                times(habits.threads(), from, span, at -> thread(who, at));
                times(habits.guides(), from, span, at -> guide(who, at));
                times(habits.articles(), from, span, at -> article(who, at));
                times(habits.events(), from, span, at -> event(who, at));
                times(habits.assets(), from, span, at -> asset(who, at));
                times(habits.ties(), from, span, at -> ties.grow(who, at));
                if (who.role() != Plan.Role.MEMBER) {
                    times(habits.introductions(), from, span, at -> ties.introduce(who, at));
                }
            }
        }
    }

    /** Initial assets in the first half hour, their small-world ties in the second. */
    private void firstMorning(Plan.PlannedHub hub) {
        List<Plan.PlannedMember> ofHub = members.stream().map(Personas.Member::member)
                .filter(m -> m.hub() == hub.index()).toList();
        int count = scenario.network().initialAssets();
        List<Integer> mapped = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            Plan.PlannedMember who = ofHub.get(j % ofHub.size());
            agenda.at(Duration.ofSeconds(1800L * j / count), at -> mapped.add(newAsset(who, at)));
        }
        List<Generators.Edge> edges = Generators.smallWorld(count, scenario.network().smallWorldK(),
                scenario.network().rewiring(), random);
        for (int e = 0; e < edges.size(); e++) {
            Generators.Edge edge = edges.get(e);
            Plan.PlannedMember who = ofHub.get(edge.a() % ofHub.size());
            agenda.at(Duration.ofSeconds(1800 + 1800L * e / edges.size()), at -> {
                int subject = mapped.get(edge.a());
                int object = mapped.get(edge.b());
                ties.publish(who, subject, object, ties.type(subject, object), at);
            });
        }
    }

    private void times(double rate, Duration from, Duration span, Consumer<Duration> act) {
        int count = Generators.poisson(rate, random);
        for (int i = 0; i < count; i++) {
            agenda.at(Generators.within(from, span, random), act);
        }
    }

    private void post(Plan.PlannedMember who, Duration at) {
        String key = ledger.key(hub(who), "p");
        ledger.add(new Step.Post(at, key, who.key(), Texts.post(area(who), random)));
        ledger.item(new PlannerLedger.Item(key, who.hub(), at));
    }

    private void thread(Plan.PlannedMember who, Duration at) {
        String key = ledger.key(hub(who), "th");
        Texts.Writing writing = Texts.thread(area(who), random);
        ledger.add(new Step.Thread(at, key, who.key(), writing.title(), writing.body()));
        ledger.item(new PlannerLedger.Item(key, who.hub(), at));
    }

    private void guide(Plan.PlannedMember who, Duration at) {
        Texts.Writing writing = Texts.guide(area(who), random);
        ledger.add(new Step.Guide(at, ledger.key(hub(who), "g"), who.key(), writing.title(), writing.body()));
    }

    private void article(Plan.PlannedMember who, Duration at) {
        Texts.Writing writing = Texts.article(area(who), random);
        ledger.add(new Step.Article(at, ledger.key(hub(who), "ar"), who.key(), writing.title(), writing.body()));
    }

    /** An event at one of the hub's places (by popularity), one to three days ahead, in the evening. */
    private void event(Plan.PlannedMember who, Duration at) {
        int venue = Generators.preferential(ledger.degrees(), i -> ledger.assets().get(i).hub() == who.hub()
                && ledger.assets().get(i).kind().equals("place"), random);
        if (venue < 0) {
            venue = Generators.preferential(ledger.degrees(), i -> ledger.assets().get(i).hub() == who.hub(),
                    random);
        }
        if (venue < 0) {
            return;
        }
        long day = at.toDays() + 1 + random.nextInt(3);
        Duration starts = DAY.multipliedBy(day).plusHours(9).plusMinutes(30L * random.nextInt(7));
        Duration length = Duration.ofMinutes(60 + 30L * random.nextInt(5));
        boolean meetup = random.nextDouble() < 0.4;
        String key = ledger.key(hub(who), "e");
        ledger.add(new Step.Event(at, key, who.key(), Texts.event(meetup, random),
                ledger.assets().get(venue).key(), starts.minus(at), length, meetup));
        PlannerLedger.Event event = new PlannerLedger.Event(key, who.hub(), who.key(),
                ledger.assets().get(venue).key(), at, starts, starts.plus(length));
        ledger.event(event);
        int place = venue;
        agenda.at(event.ends().plusMinutes(30), later -> ties.afterEvent(who, event, place, later));
    }

    /** A new asset, then its first ties by preferential attachment a few minutes later. */
    private void asset(Plan.PlannedMember who, Duration at) {
        int index = newAsset(who, at);
        for (int j = 1; j <= scenario.network().attachmentM(); j++) {
            agenda.at(at.plusMinutes(2L * j), later -> ties.attach(who, index, later));
        }
    }

    private int newAsset(Plan.PlannedMember who, Duration at) {
        Plan.PlannedHub hub = hubs.get(who.hub());
        String kind = Generators.assetKind(random);
        double[] point = Generators.around(hub.latitude(), hub.longitude(), ASSET_RADIUS_KM, random);
        Step.Asset step = new Step.Asset(at, ledger.key(hub(who), "a"), who.key(), Texts.asset(kind, hub.area(),
                random), kind, Generators.category(kind, random), point[0], point[1]);
        return ledger.asset(step, who.hub()).index();
    }

    private static String hub(Plan.PlannedMember who) {
        return "h" + who.hub();
    }

    private String area(Plan.PlannedMember who) {
        return hubs.get(who.hub()).area();
    }
}
