package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A tie as a member or an import asks for it, before its ends are found.
 *
 * @param mutual   null: as the type says
 * @param strength 1 (weak) to 5 (strong)
 */
public record TieInput(String type, ConnectionService.EndRef subject, ConnectionService.EndRef object,
                       @Nullable Boolean mutual, int strength, String note) {

    public static final int DEFAULT_STRENGTH = 3;
    static final int MAX_NOTE = 2000;

    public TieInput {
        type = type == null ? "" : type.strip();
        note = note == null ? "" : note.strip();
    }

    /** Field name to reason for everything wrong that can be told without the database's ends. */
    public Map<String, String> problems(Set<String> types) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (type.isEmpty()) {
            problems.put("type", "type is required");
        } else if (!types.contains(type)) {
            problems.put("type", "unknown connection type " + type);
        }
        end("subject", subject, problems);
        end("object", object, problems);
        if (strength < 1 || strength > 5) {
            problems.put("strength", "strength must be from 1 to 5");
        }
        if (note.length() > MAX_NOTE) {
            problems.put("note", "note must be at most " + MAX_NOTE + " characters");
        }
        if (subject != null && subject.equals(object) && !problems.containsKey("subject")) {
            problems.put("object", "a connection joins two different ends");
        }
        return problems;
    }

    private static void end(String field, @Nullable ConnectionService.EndRef end, Map<String, String> problems) {
        if (end == null || end.asset() == null == (end.account() == null)) {
            problems.put(field, field + " must name exactly one asset or one account");
        }
    }
}
