package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.List;

/**
 * What a Living Lab run simulates, read from a scenario file by {@link ScenarioFiles}: the boroughs that can have a
 * hub, the kinds of member and their habits, how residents join in, how the network of assets grows, and what goes
 * wrong on purpose. The {@link Planner} turns it and a seed into a {@link Plan}.
 *
 * @param days       the span the scenario is written for; its challenges' days are scaled to the run's days
 * @param daySeconds real seconds per simulated day
 * @param defaults   the run's size when the command line does not say
 */
public record Scenario(String name, String description, int days, double daySeconds, Defaults defaults,
                       List<Borough> hubs, List<Persona> personas, Residents residents, Network network,
                       List<Challenge> challenges) {

    public Scenario {
        hubs = List.copyOf(hubs);
        personas = List.copyOf(personas);
        challenges = List.copyOf(challenges);
    }

    /** A run's size when the command line passes 0. */
    public record Defaults(int hubs, int residents, int days) {
    }

    /** A borough that can have a local hub: the hub's username and name, and the centre of its area. */
    public record Borough(String username, String name, String area, double latitude, double longitude) {
    }

    /** A kind of member: {@code perHub} of them on every hub, with the same habits. */
    public record Persona(String name, Plan.Role role, int perHub, Habits habits) {
    }

    /**
     * What a member publishes per simulated day, as mean rates (0.5 = every other day on average).
     * {@code introductions} only matter for organisers and weavers.
     */
    public record Habits(double posts, double threads, double guides, double articles, double events,
                         double assets, double ties, double introductions) {
    }

    /**
     * How residents take part (how many is the run's size, see {@link Defaults}): hubs followed on average (at
     * least one), the share who also follow the pan-London Hub, and each resident's chance per simulated day to
     * reply, like and RSVP.
     */
    public record Residents(double meanHubsFollowed, double followLondonShare, double replyChance,
                            double likeChance, double rsvpChance) {
    }

    /**
     * How the network of assets starts and grows: {@code initialAssets} per hub tied as a small world (ring lattice
     * of degree {@code smallWorldK}, each tie rewired with chance {@code rewiring}); every new asset makes
     * {@code attachmentM} ties by preferential attachment; {@code acrossHubsShare} of members' new ties reach an
     * asset of another hub; a weaver's introduction is accepted with chance {@code introductionAccepted}.
     */
    public record Network(int initialAssets, int smallWorldK, double rewiring, int attachmentM,
                          double acrossHubsShare, double introductionAccepted) {
    }

    /**
     * A fault on purpose: on scenario day {@code day} (0-based) at {@code hour} hours after the morning, for
     * {@code lasting}, on the hub of index {@code hub} (modulo the run's hubs); {@code delay} only for SLOW.
     */
    public record Challenge(Plan.FaultKind kind, int day, double hour, Duration lasting, int hub, Duration delay) {
    }
}
