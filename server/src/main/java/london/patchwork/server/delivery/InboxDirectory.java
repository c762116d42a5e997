package london.patchwork.server.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.InboxEndpoints;
import london.patchwork.federation.delivery.InboxLookup;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.database.Sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remote actors' inboxes for one fan-out. The addressees and followers are read from the actors table in a few
 * batched queries up front (10,000 followers are a handful of round trips, not 10,000); an actor we have never
 * seen is fetched through {@link RemoteActors#resolve}, which happens outside any transaction.
 */
@Singleton
public class InboxDirectory {

    private static final int LOOKUP_BATCH = 5_000;

    private final JdbcOperations jdbc;
    private final RemoteActors remoteActors;

    public InboxDirectory(JdbcOperations jdbc, RemoteActors remoteActors) {
        this.jdbc = jdbc;
        this.remoteActors = remoteActors;
    }

    /** A lookup that knows the stored inboxes of these actors and fetches any other (outside this transaction). */
    @Transactional(readOnly = true)
    public InboxLookup preloaded(Collection<URI> actors) {
        Map<URI, InboxEndpoints> known = new HashMap<>();
        List<String> uris = actors.stream().map(URI::toString).distinct().toList();
        for (int from = 0; from < uris.size(); from += LOOKUP_BATCH) {
            String[] batch = uris.subList(from, Math.min(uris.size(), from + LOOKUP_BATCH)).toArray(String[]::new);
            known.putAll(stored(batch));
        }
        return actor -> {
            InboxEndpoints endpoints = known.get(actor);
            return endpoints != null ? Optional.of(endpoints) : resolve(actor);
        };
    }

    private Map<URI, InboxEndpoints> stored(String[] uris) {
        return jdbc.prepareStatement("""
                select uri, inbox_uri, shared_inbox_uri from actors
                where uri = any(?) and not local and inbox_uri is not null""", statement -> {
            Sql.bind(statement, (Object) uris);
            Map<URI, InboxEndpoints> found = new HashMap<>();
            // Thousands of followers share a few shared inboxes: one URI object each, hashed once by the planner.
            Map<String, Optional<URI>> sharedInboxes = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Optional<URI> id = parse(row.getString(1));
                    Optional<URI> inbox = parse(row.getString(2));
                    String shared = row.getString(3);
                    if (id.isPresent() && inbox.isPresent()) {
                        URI sharedInbox = shared == null ? null
                                : sharedInboxes.computeIfAbsent(shared, InboxDirectory::parse).orElse(null);
                        found.put(id.get(), new InboxEndpoints(inbox.get(), sharedInbox));
                    }
                }
            }
            return found;
        });
    }

    private Optional<InboxEndpoints> resolve(URI actor) throws FetchException {
        Actor resolved;
        try {
            resolved = remoteActors.resolve(actor);
        } catch (RemoteActorException e) {
            if (e.getCause() instanceof FetchException fetch) {
                throw fetch;
            }
            return Optional.empty();
        }
        return parse(resolved.inboxUri()).map(inbox -> new InboxEndpoints(inbox,
                parse(resolved.sharedInboxUri()).orElse(null)));
    }

    private static Optional<URI> parse(String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Stored URIs as URIs, leaving out any that do not parse. */
    static List<URI> uris(Collection<String> values) {
        List<URI> out = new ArrayList<>(values.size());
        for (String value : values) {
            parse(value).ifPresent(out::add);
        }
        return out;
    }
}
