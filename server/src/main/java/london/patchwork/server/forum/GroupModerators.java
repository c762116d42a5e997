package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.RemoteObjects;

import java.net.URI;
import java.util.Optional;

/**
 * Who moderates a remote group, as the group's own server says: the collection its actor names (Lemmy's
 * {@code attributedTo}), fetched from the group's host at the time of asking, never from an announcement.
 */
@Singleton
public class GroupModerators {

    private final RemoteObjects remote;
    private final GroupActivityMapper mapper;

    public GroupModerators(RemoteObjects remote, GroupActivityMapper mapper) {
        this.remote = remote;
        this.mapper = mapper;
    }

    /** Whether {@code actor} is listed as a moderator of {@code group}; one or two fetches, only for removals. */
    public boolean isModerator(URI group, URI actor) throws ActivityHandler.RetryLater {
        Optional<ApObject> document = remote.fetch(group);
        Optional<URI> listed = document.flatMap(mapper::moderatorsOf)
                .filter(collection -> CanonicalUris.sameHost(collection, group));
        if (listed.isEmpty()) {
            return false;
        }
        return remote.fetch(listed.get()).map(mapper::members).orElse(java.util.List.of()).stream()
                .anyMatch(moderator -> CanonicalUris.same(moderator, actor));
    }
}
