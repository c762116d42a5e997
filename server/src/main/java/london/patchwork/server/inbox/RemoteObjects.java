package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchedJson;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.LocalSigners;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one way the inbox side fetches an object from its origin: signed by the server's own actor, through the
 * federation library's guarded client, which refuses a document whose id is not the URL fetched. A copy someone
 * else sent is never believed instead.
 */
@Singleton
public class RemoteObjects {

    private final FetchClient fetch;
    private final ActivityJson json;
    private final LocalSigners signers;

    public RemoteObjects(FetchClient fetch, ActivityJson json, LocalSigners signers) {
        this.fetch = fetch;
        this.json = json;
        this.signers = signers;
    }

    /**
     * The object as its origin serves it; empty when the origin says it is gone or serves something unreadable.
     *
     * @throws ActivityHandler.RetryLater when the origin could not be reached now
     */
    public Optional<ApObject> fetch(URI id) throws ActivityHandler.RetryLater {
        FetchedJson document;
        try {
            document = fetch.getActivityPub(id, signers.forInstance());
        } catch (FetchException e) {
            if (e.isPermanent()) {
                return Optional.empty();
            }
            throw new ActivityHandler.RetryLater("fetching " + id + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(json.read(document.json().toString().getBytes(StandardCharsets.UTF_8)));
        } catch (VocabException e) {
            return Optional.empty();
        }
    }
}
