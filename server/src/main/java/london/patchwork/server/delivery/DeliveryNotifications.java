package london.patchwork.server.delivery;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import london.patchwork.server.database.Sql;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Listens on the {@code patchwork_delivery} channel, which V3's triggers notify when activities or delivery jobs
 * are committed (by this process or any other), and wakes the workers. Holds one connection of the pool for
 * as long as it runs. If the connection breaks, polling carries on alone until it is back.
 */
final class DeliveryNotifications implements Runnable {

    static final String CHANNEL = "patchwork_delivery";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryNotifications.class);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);
    /** How long one wait for notifications lasts: also how quickly the loop notices it should stop. */
    private static final int WAIT_MILLIS = 250;

    private final DataSource dataSource;
    private final DeliveryWakeUp wakeUp;
    private final BooleanSupplier running;

    DeliveryNotifications(DataSource dataSource, DeliveryWakeUp wakeUp, BooleanSupplier running) {
        // The pool itself, not Micronaut's transaction-aware view of it: this connection lives outside transactions.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.wakeUp = wakeUp;
        this.running = running;
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                try {
                    listen();
                } catch (SQLException e) {
                    if (running.getAsBoolean()) {
                        // Polling carries on meanwhile; only the wake-ups are late.
                        LOG.info("event=delivery_listen_lost error=\"{}\" retryIn={}", Sql.excerpt(e.getMessage()),
                                RECONNECT_AFTER);
                        Thread.sleep(RECONNECT_AFTER);
                    }
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
            }
            PGConnection postgres = connection.unwrap(PGConnection.class);
            while (running.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications != null && notifications.length > 0) {
                    wakeUp.signal();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("unlisten " + CHANNEL);
            }
        }
    }
}
