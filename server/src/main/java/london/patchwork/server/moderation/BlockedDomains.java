package london.patchwork.server.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The remote hosts moderators have blocked (their inbox POSTs are refused with 403, nothing is delivered to
 * them) or silenced (kept, but not shown publicly). A block covers the host's subdomains too, as Mastodon's
 * does. Held in memory, because the inbox asks for every POST: reloaded at once by whoever changes a block in
 * this process, and every half minute, so other server processes sharing the database pick it up soon.
 */
@Singleton
public class BlockedDomains {

    private final JdbcOperations jdbc;
    private volatile Set<String> blocked = Set.of();
    private volatile Set<String> silenced = Set.of();

    public BlockedDomains(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param host host[:port] as {@code CanonicalUris.host} gives it */
    public boolean isBlocked(String host) {
        return matches(blocked, host);
    }

    /** Silenced or blocked: either way its content stays off public pages. */
    public boolean isHidden(String host) {
        return matches(blocked, host) || matches(silenced, host);
    }

    static boolean matches(Set<String> hosts, String host) {
        if (hosts.isEmpty() || host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (hosts.contains(name)) {
            return true;
        }
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
            if (hosts.contains(name)) {
                return true;
            }
        }
        for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
            if (hosts.contains(name.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "0s")
    @Transactional(readOnly = true)
    public void reload() {
        Set<String> nowBlocked = new HashSet<>();
        Set<String> nowSilenced = new HashSet<>();
        jdbc.prepareStatement("select host, blocked from domains where blocked or silenced", statement -> {
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    (rows.getBoolean(2) ? nowBlocked : nowSilenced).add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            return null;
        });
        blocked = Set.copyOf(nowBlocked);
        silenced = Set.copyOf(nowSilenced);
    }
}
