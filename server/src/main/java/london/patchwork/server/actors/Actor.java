package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/**
 * A local or remote actor. Local actors carry no stored URLs: {@code Uris} builds them from the
 * username, so a hub keeps working when its base URL is set for the first time.
 *
 * @param uri  the remote actor's id; null for local actors
 * @param type the ActivityStreams actor type (Group, Person, Application, ...)
 * @param host the canonical host[:port] of a remote actor; null for local ones
 * @param raw  the document as fetched, kept so a later version can re-read what this one did not use
 */
@MappedEntity("actors")
public record Actor(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String uri,
        String type,
        String username,
        @Nullable String host,
        boolean local,
        @Nullable String displayName,
        @Nullable String summary,
        @Nullable String url,
        @Nullable String iconUrl,
        @Nullable String inboxUri,
        @Nullable String sharedInboxUri,
        @Nullable String outboxUri,
        @Nullable String followersUri,
        @Nullable String followingUri,
        @Nullable String featuredUri,
        @Nullable String keyId,
        @Nullable String publicKeyPem,
        boolean manuallyApprovesFollowers,
        boolean discoverable,
        @Nullable @ColumnTransformer(write = "?::jsonb") String raw,
        @Nullable Instant fetchedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** A new local actor, before it is saved. */
    public static Actor newLocal(ActorType type, String username, String displayName, String summary,
                                 @Nullable String iconUrl, String publicKeyPem) {
        return new Actor(null, null, type.name(), username, null, true, displayName, summary, null, iconUrl,
                null, null, null, null, null, null, null, publicKeyPem, false, true, null, null, null, null);
    }

    public ActorType actorType() {
        return ActorType.valueOf(type);
    }

    public Actor withProfile(String newDisplayName, String newSummary, @Nullable String newIconUrl) {
        return new Actor(id, uri, type, username, host, local, newDisplayName, newSummary, url, newIconUrl,
                inboxUri, sharedInboxUri, outboxUri, followersUri, followingUri, featuredUri, keyId, publicKeyPem,
                manuallyApprovesFollowers, discoverable, raw, fetchedAt, createdAt, updatedAt);
    }

    public Actor withDiscoverable(boolean newDiscoverable) {
        return new Actor(id, uri, type, username, host, local, displayName, summary, url, iconUrl,
                inboxUri, sharedInboxUri, outboxUri, followersUri, followingUri, featuredUri, keyId, publicKeyPem,
                manuallyApprovesFollowers, newDiscoverable, raw, fetchedAt, createdAt, updatedAt);
    }
}
