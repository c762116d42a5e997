package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.database.Sql;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.moderation.AccountSuspension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Blocks (suspensions) and silences of single actors. A remote actor's suspension ends its follows with the hub;
 * a member's also suspends their account, through whichever capability holds accounts.
 */
@Singleton
public class ActorBlocks {

    /** One blocked or silenced actor. */
    public record ActorBlock(long actorId, Severity severity, @Nullable Instant at, String reason) {
    }

    private final JdbcOperations jdbc;
    private final FollowRepository follows;
    private final List<AccountSuspension> accounts;
    private final ModerationLog log;

    public ActorBlocks(JdbcOperations jdbc, FollowRepository follows, List<AccountSuspension> accounts,
                       ModerationLog log) {
        this.jdbc = jdbc;
        this.follows = follows;
        this.accounts = accounts;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<ActorBlock> list() {
        return query("order by created_at desc");
    }

    @Transactional(readOnly = true)
    public Optional<ActorBlock> find(long actorId) {
        return query("where actor_id = ?", actorId).stream().findFirst();
    }

    @Transactional
    public ActorBlock apply(Acting by, Actor actor, Severity severity, String reason, @Nullable Long reportId) {
        jdbc.prepareStatement("""
                insert into actor_moderation (actor_id, severity, reason) values (?, ?, ?)
                on conflict (actor_id) do update set severity = excluded.severity, reason = excluded.reason,
                    created_at = now()""", s -> Sql.bind(s, actor.id(), severity.key(), reason).executeUpdate());
        if (severity == Severity.SUSPEND) {
            if (actor.local()) {
                accounts.forEach(suspension -> suspension.suspend(actor.id()));
            } else {
                follows.deleteOfActor(actor.id());
            }
        }
        log.record(by, (severity == Severity.SUSPEND ? "suspend" : "silence") + " account", describe(actor), reason,
                reportId);
        return find(actor.id()).orElseThrow();
    }

    /** @return false when the actor was neither suspended nor silenced */
    @Transactional
    public boolean lift(Acting by, Actor actor, String reason) {
        int removed = jdbc.prepareStatement("delete from actor_moderation where actor_id = ?",
                s -> Sql.bind(s, actor.id()).executeUpdate());
        if (actor.local()) {
            accounts.forEach(suspension -> suspension.unsuspend(actor.id()));
        }
        if (removed > 0) {
            log.record(by, "lift account block", describe(actor), reason, null);
        }
        return removed > 0;
    }

    /** The id of a remote actor the hub knows by its name on its host. */
    @Transactional(readOnly = true)
    public Optional<Long> findRemote(String username, String host) {
        return jdbc.prepareStatement("""
                select id from actors where not local and lower(username) = lower(?) and host = ?
                order by id limit 1""", s -> {
            Sql.bind(s, username, host);
            try (var row = s.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    static String describe(Actor actor) {
        return actor.local() ? "@" + actor.username() : actor.uri();
    }

    private List<ActorBlock> query(String rest, Object... values) {
        return jdbc.prepareStatement("select actor_id, severity, created_at, coalesce(reason, '') from actor_moderation "
                + rest, s -> {
            Sql.bind(s, values);
            List<ActorBlock> blocks = new ArrayList<>();
            try (var row = s.executeQuery()) {
                while (row.next()) {
                    blocks.add(new ActorBlock(row.getLong(1), Severity.fromKey(row.getString(2)).orElseThrow(),
                            row.getTimestamp(3).toInstant(), row.getString(4)));
                }
            }
            return blocks;
        });
    }
}
