package london.patchwork.server.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;

/**
 * Remote actors moderators have blocked one by one: their inbox POSTs are refused with 403. Held in memory like
 * {@link BlockedDomains}, for the same reason, and reloaded the same ways.
 */
@Singleton
public class BlockedActors {

    private final JdbcOperations jdbc;
    private volatile Set<String> blocked = Set.of();

    public BlockedActors(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param actorUri the actor's id as it signs activities */
    public boolean isBlocked(String actorUri) {
        return !blocked.isEmpty() && blocked.contains(actorUri);
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "0s")
    @Transactional(readOnly = true)
    public void reload() {
        blocked = Set.copyOf(jdbc.prepareStatement("""
                select a.uri from actor_moderation m join actors a on a.id = m.actor_id
                where m.severity = 'suspend' and a.uri is not null""", statement -> {
            Set<String> uris = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    uris.add(rows.getString(1));
                }
            }
            return uris;
        }));
    }
}
