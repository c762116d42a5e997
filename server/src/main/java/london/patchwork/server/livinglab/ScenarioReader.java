package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a scenario file's fields into a {@link Scenario}, with the defaults a short file may leave out. */
final class ScenarioReader {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]{1,30}");
    private static final double MAX_RATE = 50;

    private ScenarioReader() {
    }

    static Scenario scenario(ScenarioFields file) {
        String name = file.text("name", null);
        String description = file.text("description", name);
        int days = file.integer("days", 14, 1, 365);
        double daySeconds = file.decimal("day_seconds", 10, 0.1, 86_400);
        List<Scenario.Borough> hubs = boroughs(file);
        Scenario.Defaults defaults = defaults(file.object("defaults"), days, hubs.size());
        List<Scenario.Persona> personas = personas(file);
        Scenario.Residents residents = residents(file.object("residents"));
        Scenario.Network network = network(file.object("network"));
        List<Scenario.Challenge> challenges = challenges(file, days);
        file.finish();
        return new Scenario(name, description, days, daySeconds, defaults, hubs, personas, residents, network,
                challenges);
    }

    private static Scenario.Defaults defaults(ScenarioFields section, int days, int boroughs) {
        Scenario.Defaults defaults = new Scenario.Defaults(section.integer("hubs", Math.min(6, boroughs), 1, 500),
                section.integer("residents", 200, 0, 1_000_000), section.integer("days", days, 1, 365));
        section.finish();
        return defaults;
    }

    private static List<Scenario.Borough> boroughs(ScenarioFields file) {
        List<Scenario.Borough> hubs = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (ScenarioFields hub : file.list("hubs")) {
            String username = hub.text("username", null);
            if (!USERNAME.matcher(username).matches()) {
                throw hub.invalid("username", "must be 1 to 30 lower-case letters, digits or underscores, was '"
                        + username + "'");
            }
            if (!usernames.add(username)) {
                throw hub.invalid("username", "'" + username + "' is listed twice");
            }
            String name = hub.text("name", null);
            String area = hub.text("area", name);
            hubs.add(new Scenario.Borough(username, name, area, hub.decimal("latitude", Double.NaN, -90, 90),
                    hub.decimal("longitude", Double.NaN, -180, 180)));
            hub.finish();
        }
        if (hubs.isEmpty()) {
            throw file.invalid("hubs", "must list at least one borough");
        }
        return hubs;
    }

    private static List<Scenario.Persona> personas(ScenarioFields file) {
        List<Scenario.Persona> personas = new ArrayList<>();
        for (ScenarioFields persona : file.list("personas")) {
            String name = persona.text("name", null);
            Plan.Role role = choice(persona, "role", Plan.Role.class, null);
            int perHub = persona.integer("per_hub", 1, 0, 200);
            ScenarioFields habits = persona.object("habits");
            personas.add(new Scenario.Persona(name, role, perHub, new Scenario.Habits(
                    habits.decimal("posts", 0, 0, MAX_RATE), habits.decimal("threads", 0, 0, MAX_RATE),
                    habits.decimal("guides", 0, 0, MAX_RATE), habits.decimal("articles", 0, 0, MAX_RATE),
                    habits.decimal("events", 0, 0, MAX_RATE), habits.decimal("assets", 0, 0, MAX_RATE),
                    habits.decimal("ties", 0, 0, MAX_RATE), habits.decimal("introductions", 0, 0, MAX_RATE))));
            habits.finish();
            persona.finish();
        }
        return personas;
    }

    private static Scenario.Residents residents(ScenarioFields section) {
        Scenario.Residents residents = new Scenario.Residents(section.decimal("mean_hubs_followed", 2, 1, 100),
                section.chance("follow_london_share", 0.3),
                section.chance("reply_chance", 0.04), section.chance("like_chance", 0.12),
                section.chance("rsvp_chance", 0.03));
        section.finish();
        return residents;
    }

    private static Scenario.Network network(ScenarioFields section) {
        Scenario.Network network = new Scenario.Network(section.integer("initial_assets", 12, 0, 10_000),
                section.integer("small_world_k", 4, 0, 100), section.chance("rewiring", 0.1),
                section.integer("attachment_m", 1, 0, 20), section.chance("across_hubs_share", 0.15),
                section.chance("introduction_accepted", 0.6));
        section.finish();
        return network;
    }

    private static List<Scenario.Challenge> challenges(ScenarioFields file, int days) {
        List<Scenario.Challenge> challenges = new ArrayList<>();
        for (ScenarioFields challenge : file.list("challenges")) {
            Plan.FaultKind kind = choice(challenge, "kind", Plan.FaultKind.class, null);
            int day = challenge.integer("day", 0, 0, days - 1);
            double hour = challenge.decimal("hour", 10, 0, 23.99);
            if (challenge.has("hours") == challenge.has("days")) {
                throw challenge.invalid("hours", "or days must be given (one of them) to say how long it lasts");
            }
            double hours = challenge.has("hours") ? challenge.decimal("hours", 1, 0.01, 24.0 * 365)
                    : 24 * challenge.decimal("days", 1, 0.01, 365);
            int hub = challenge.integer("hub", 0, 0, 10_000);
            int delayMs = challenge.integer("delay_ms", kind == Plan.FaultKind.SLOW ? 2000 : 0, 0, 600_000);
            if (kind != Plan.FaultKind.SLOW && delayMs > 0) {
                throw challenge.invalid("delay_ms", "only applies to kind slow");
            }
            challenges.add(new Scenario.Challenge(kind, day, hour, Duration.ofSeconds(Math.round(hours * 3600)),
                    hub, Duration.ofMillis(delayMs)));
            challenge.finish();
        }
        return challenges;
    }

    private static <E extends Enum<E>> E choice(ScenarioFields section, String field, Class<E> type,
                                                String fallback) {
        String value = section.text(field, fallback);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw section.invalid(field, "must be one of " + String.join(", ", names) + ", was '" + value + "'");
    }
}
