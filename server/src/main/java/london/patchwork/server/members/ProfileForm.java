package london.patchwork.server.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member's public profile as they typed it, checked field by field so the page can show each problem beside its
 * field and keep what was typed.
 *
 * @param fields         up to four label/value rows; rows left wholly empty are dropped
 * @param communityRoles keys of {@link CommunityRole}s
 */
public record ProfileForm(String displayName, String bio, List<Row> fields, Set<String> communityRoles,
                          boolean discoverable) {

    public static final int MOST_FIELDS = 4;
    static final int LONGEST_NAME = 100;
    static final int LONGEST_BIO = 500;
    static final int LONGEST_FIELD = 255;

    /** A profile field as typed. */
    public record Row(String name, String value) {
        public Row {
            name = name == null ? "" : name.strip();
            value = value == null ? "" : value.strip();
        }

        boolean empty() {
            return name.isEmpty() && value.isEmpty();
        }
    }

    public ProfileForm {
        displayName = displayName == null ? "" : displayName.strip();
        bio = bio == null ? "" : bio.strip();
        fields = fields == null ? List.of() : List.copyOf(fields);
        communityRoles = communityRoles == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(communityRoles));
    }

    /** The rows that are not wholly empty, in order. */
    public List<Row> filledFields() {
        List<Row> filled = new ArrayList<>();
        for (Row row : fields) {
            if (!row.empty()) {
                filled.add(row);
            }
        }
        return filled;
    }

    /** Problems by field: {@code displayName}, {@code bio}, {@code fields}, {@code field0Name}…, {@code communityRoles}. */
    public Map<String, String> problems(Set<String> knownRoles) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (displayName.length() > LONGEST_NAME) {
            errors.put("displayName", "Keep the name to " + LONGEST_NAME + " characters or fewer.");
        }
        if (bio.length() > LONGEST_BIO) {
            errors.put("bio", "Keep the bio to " + LONGEST_BIO + " characters or fewer.");
        }
        if (fields.size() > MOST_FIELDS) {
            errors.put("fields", "Show at most " + MOST_FIELDS + " fields.");
        }
        for (int i = 0; i < fields.size() && i < MOST_FIELDS; i++) {
            Row row = fields.get(i);
            if (row.empty()) {
                continue;
            }
            if (row.name().isEmpty() || row.value().isEmpty()) {
                errors.put("field" + i, "Give both a label and a value, or clear both.");
            } else if (row.name().length() > LONGEST_FIELD || row.value().length() > LONGEST_FIELD) {
                errors.put("field" + i, "Keep the label and value to " + LONGEST_FIELD + " characters each.");
            }
        }
        for (String role : communityRoles) {
            if (!knownRoles.contains(role)) {
                errors.put("communityRoles", "This hub has no community role called \"" + role + "\".");
                break;
            }
        }
        return errors;
    }
}
