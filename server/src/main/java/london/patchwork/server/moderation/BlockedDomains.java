package london.patchwork.server.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;

/**
 * The remote hosts an organiser has blocked: their inbox POSTs are refused with 403. Held in memory and
 * reloaded every half minute (blocks are rare; a query per inbox POST is not), so other server processes
 * sharing the database pick up a new block soon.
 */
@Singleton
public class BlockedDomains {

    private final JdbcOperations jdbc;
    private volatile Set<String> blocked = Set.of();

    public BlockedDomains(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isBlocked(String host) {
        return blocked.contains(host);
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "0s")
    @Transactional(readOnly = true)
    public void reload() {
        blocked = Set.copyOf(jdbc.prepareStatement("select host from domains where blocked", statement -> {
            Set<String> hosts = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    hosts.add(rows.getString(1));
                }
            }
            return hosts;
        }));
    }
}
