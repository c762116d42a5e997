package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.delivery.DeliveryJobStore;
import london.patchwork.server.follows.FollowRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blocks and silences of whole remote domains, kept on the {@code domains} row the delivery circuit uses. A
 * suspension also ends every follow with the domain and drops what was waiting to be delivered there.
 */
@Singleton
public class DomainBlocks {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");

    /** A domain that is blocked or silenced. */
    public record DomainBlock(String host, Severity severity, @Nullable Instant at, String reason) {
    }

    /** What a block changed at once. */
    public record Applied(DomainBlock block, int followsEnded, int deliveriesDropped) {
    }

    private final JdbcOperations jdbc;
    private final FollowRepository follows;
    private final DeliveryJobStore deliveries;
    private final ModerationLog log;

    public DomainBlocks(JdbcOperations jdbc, FollowRepository follows, DeliveryJobStore deliveries,
                        ModerationLog log) {
        this.jdbc = jdbc;
        this.follows = follows;
        this.deliveries = deliveries;
        this.log = log;
    }

    /**
     * A host as people type it (a domain, a URL, an @handle@domain), in the form the domains table keeps.
     *
     * @return empty when it is not a host name
     */
    public static Optional<String> normalise(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String host = typed.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.length() <= 253 && HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<DomainBlock> list() {
        return query("where blocked or silenced order by moderated_at desc nulls last, host");
    }

    @Transactional(readOnly = true)
    public Optional<DomainBlock> find(String host) {
        return query("where (blocked or silenced) and host = ?", host).stream().findFirst();
    }

    @Transactional
    public Applied apply(Acting by, String host, Severity severity, String reason) {
        boolean suspend = severity == Severity.SUSPEND;
        jdbc.prepareStatement("""
                insert into domains (host, blocked, silenced, moderated_at, moderation_reason)
                values (?, ?, ?, now(), ?)
                on conflict (host) do update set blocked = excluded.blocked, silenced = excluded.silenced,
                    moderated_at = excluded.moderated_at, moderation_reason = excluded.moderation_reason""",
                s -> Sql.bind(s, host, suspend, !suspend, reason).executeUpdate());
        int ended = suspend ? follows.deleteWithHost(host) : 0;
        int dropped = suspend ? deliveries.dropForBlockedHost(host) : 0;
        log.record(by, suspend ? "block domain" : "silence domain", host, reason, null);
        return new Applied(find(host).orElseThrow(), ended, dropped);
    }

    /** @return false when the domain was neither blocked nor silenced */
    @Transactional
    public boolean lift(Acting by, String host, String reason) {
        int changed = jdbc.prepareStatement("""
                update domains set blocked = false, silenced = false, moderated_at = now(), moderation_reason = ?
                where host = ? and (blocked or silenced)""", s -> Sql.bind(s, reason, host).executeUpdate());
        if (changed > 0) {
            log.record(by, "lift domain block", host, reason, null);
        }
        return changed > 0;
    }

    private List<DomainBlock> query(String where, Object... values) {
        return jdbc.prepareStatement("select host, blocked, moderated_at, coalesce(moderation_reason, '') from domains "
                + where, s -> {
            Sql.bind(s, values);
            List<DomainBlock> blocks = new ArrayList<>();
            try (var row = s.executeQuery()) {
                while (row.next()) {
                    var at = row.getTimestamp(3);
                    blocks.add(new DomainBlock(row.getString(1), row.getBoolean(2) ? Severity.SUSPEND : Severity.SILENCE,
                            at == null ? null : at.toInstant(), row.getString(4)));
                }
            }
            return blocks;
        });
    }
}
