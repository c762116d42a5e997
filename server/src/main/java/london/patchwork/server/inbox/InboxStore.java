package london.patchwork.server.inbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * Stores accepted inbox activities once by id, with a group commit: activities that arrive while one commit is
 * being written wait and go together in the next, as one insert and one commit (one disk flush) for all of them.
 * Each request still waits for the commit that holds its activity before it is answered 202, so nothing
 * acknowledged can be lost; under load, many requests share a flush instead of queueing for one each.
 */
@Singleton
public class InboxStore {

    /** What one commit takes at most; the rest wait for the next. */
    static final int MAX_BATCH = 256;
    private static final Logger LOG = LoggerFactory.getLogger(InboxStore.class);
    private static final String INSERT = """
            insert into inbox_activities (activity_uri, type, actor_uri, key_id, raw)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[])
            on conflict (activity_uri) do nothing
            returning activity_uri""";

    /** An activity to store, and who waits for it. */
    private record Pending(String activityUri, String type, String actorUri, String keyId, String raw,
                           CompletableFuture<Boolean> stored) {
    }

    private final DataSource dataSource;
    private final InboxWakeUp wakeUp;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean running = true;

    public InboxStore(DataSource dataSource, InboxWakeUp wakeUp) {
        // The pool itself: the committer's short statements run outside Micronaut's transactions.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.wakeUp = wakeUp;
        this.committer = Thread.ofVirtual().name("inbox-commit").start(this::run);
    }

    /**
     * Stores an activity unless one with its id is stored already, and returns once that is committed.
     *
     * @return true when it was new, false for a redelivery
     * @throws IllegalStateException when the database refused or is unreachable (nothing was stored)
     */
    public boolean storeOnce(String activityUri, String type, String actorUri, String keyId, String raw)
            throws InterruptedException {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        queue.add(new Pending(activityUri, type, actorUri, keyId, raw, stored));
        try {
            return stored.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the inbox could not store the activity: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * Makes an activity that was ignored when it first came due again, as a backfill hands it in a second time once
     * what made it ignorable has changed (its sender was not yet followed here when the live delivery won the race
     * with the follow's Accept). Applied, failed and pending activities are left alone; handlers stay idempotent.
     *
     * @return true when it was ignored and is now due
     */
    public boolean retryIgnored(String activityUri) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement retry = connection.prepareStatement("""
                     update inbox_activities set state = 'pending', next_attempt_at = now(), processed_at = null,
                            lease_until = null
                     where activity_uri = ? and state = 'ignored'""")) {
            connection.setAutoCommit(true);
            retry.setString(1, activityUri);
            boolean due = retry.executeUpdate() > 0;
            if (due) {
                wakeUp.signal();
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("the inbox could not retry " + activityUri + ": " + e.getMessage(), e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            Set<String> inserted = insert(batch);
            Set<String> answered = new HashSet<>();
            for (Pending pending : batch) {
                // A redelivery can arrive twice in one batch: only its first copy counts as new.
                pending.stored().complete(inserted.contains(pending.activityUri())
                        && answered.add(pending.activityUri()));
            }
            if (!inserted.isEmpty()) {
                wakeUp.signal();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("event=inbox_store_failed activities={} error=\"{}\"", batch.size(), e.getMessage());
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    private Set<String> insert(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            insert.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::activityUri).toArray()));
            insert.setArray(2, connection.createArrayOf("text", batch.stream().map(Pending::type).toArray()));
            insert.setArray(3, connection.createArrayOf("text", batch.stream().map(Pending::actorUri).toArray()));
            insert.setArray(4, connection.createArrayOf("text", batch.stream().map(Pending::keyId).toArray()));
            insert.setArray(5, connection.createArrayOf("text", batch.stream().map(Pending::raw).toArray()));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        committer.interrupt();
        committer.join(5_000);
        queue.forEach(pending -> pending.stored().completeExceptionally(
                new IllegalStateException("the server is stopping")));
    }
}
