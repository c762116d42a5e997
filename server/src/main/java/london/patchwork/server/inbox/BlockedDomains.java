package london.patchwork.server.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Whether an organiser has blocked a remote host: its inbox POSTs are refused with 403. */
@Singleton
public class BlockedDomains {

    private final JdbcOperations jdbc;

    public BlockedDomains(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String host) {
        return jdbc.prepareStatement("select blocked from domains where host = ?", statement -> {
            statement.setString(1, host);
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }
}
