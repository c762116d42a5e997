package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The members of each hub, from the scenario's personas. Every hub gets at least one organiser, one weaver and two
 * ordinary members, with modest habits for those the scenario did not provide, so that every part of a hub's life
 * (events, introductions, everyday posts) is exercised.
 */
public final class Personas {

    static final Scenario.Habits ORGANISER = new Scenario.Habits(0.6, 0.15, 0.05, 0.1, 0.2, 0.2, 0.2, 0.2);
    static final Scenario.Habits WEAVER = new Scenario.Habits(0.3, 0.1, 0, 0, 0.05, 0.2, 0.3, 0.4);
    static final Scenario.Habits MEMBER = new Scenario.Habits(0.4, 0.1, 0.02, 0.02, 0.05, 0.1, 0.1, 0);

    private Personas() {
    }

    /** A planned member and what they do each day. */
    public record Member(Plan.PlannedMember member, Scenario.Habits habits) {
    }

    /** Members of every hub, hub by hub; keys {@code h<hub>-m<n>}, n from 1. */
    public static List<Member> members(Scenario scenario, List<Plan.PlannedHub> hubs, RandomGenerator random) {
        List<Member> members = new ArrayList<>();
        for (Plan.PlannedHub hub : hubs) {
            List<Member> ofHub = new ArrayList<>();
            Set<String> handles = new HashSet<>();
            for (Scenario.Persona persona : scenario.personas()) {
                for (int i = 0; i < persona.perHub(); i++) {
                    ofHub.add(member(hub, ofHub.size(), persona.role(), persona.habits(), handles, random));
                }
            }
            top(hub, ofHub, Plan.Role.ORGANISER, 1, ORGANISER, handles, random);
            top(hub, ofHub, Plan.Role.WEAVER, 1, WEAVER, handles, random);
            top(hub, ofHub, Plan.Role.MEMBER, 2, MEMBER, handles, random);
            members.addAll(ofHub);
        }
        return List.copyOf(members);
    }

    private static void top(Plan.PlannedHub hub, List<Member> ofHub, Plan.Role role, int least,
                            Scenario.Habits habits, Set<String> handles, RandomGenerator random) {
        long have = ofHub.stream().filter(m -> m.member().role() == role).count();
        for (long i = have; i < least; i++) {
            ofHub.add(member(hub, ofHub.size(), role, habits, handles, random));
        }
    }

    private static Member member(Plan.PlannedHub hub, int position, Plan.Role role, Scenario.Habits habits,
                                 Set<String> handles, RandomGenerator random) {
        String name = Texts.person(random);
        String handle = Texts.handle(name);
        for (int n = 2; !handles.add(handle); n++) {
            handle = Texts.handle(name) + n;
        }
        String key = "h" + hub.index() + "-m" + (position + 1);
        return new Member(new Plan.PlannedMember(key, hub.index(), handle, name, role), habits);
    }
}
