package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The hub's list of community roles: the four every hub starts with and those its organisers add. */
@Singleton
public class CommunityRoles {

    private final CommunityRoleRepository roles;

    public CommunityRoles(CommunityRoleRepository roles) {
        this.roles = roles;
    }

    /** A role could not be added or removed; nothing changed. */
    public static final class Refused extends Exception {
        private final boolean conflict;

        Refused(String reason, boolean conflict) {
            super(reason);
            this.conflict = conflict;
        }

        /** True when the request was fine but clashes with what exists (409 rather than 422). */
        public boolean conflict() {
            return conflict;
        }
    }

    public List<CommunityRole> list() {
        return roles.listInOrder();
    }

    public Optional<CommunityRole> find(String key) {
        return roles.findByKey(key);
    }

    @Transactional
    public CommunityRole add(String label) throws Refused {
        String shown = label == null ? "" : label.strip();
        if (shown.isEmpty() || shown.length() > 60) {
            throw new Refused("label must be 1 to 60 characters", false);
        }
        String key = keyFor(shown);
        if (key.isEmpty()) {
            throw new Refused("label must contain letters or digits", false);
        }
        if (roles.findByLabelIgnoringCase(shown).isPresent() || roles.findByKey(key).isPresent()) {
            throw new Refused("the hub already has the community role \"" + shown + "\"", true);
        }
        return roles.save(new CommunityRole(null, key, shown, 100, false, null));
    }

    /** Removes a role the organisers added, and takes it off every member who held it. */
    @Transactional
    public void remove(String key) throws Refused {
        CommunityRole role = roles.findByKey(key).orElseThrow(() -> new Refused("no such community role", false));
        if (role.builtIn()) {
            throw new Refused("the four community roles every hub starts with cannot be removed", true);
        }
        roles.delete(role);
    }

    /** A slug for links: "Youth worker" → "youth-worker". */
    static String keyFor(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return key.length() > 40 ? key.substring(0, 40).replaceAll("-+$", "") : key;
    }
}
