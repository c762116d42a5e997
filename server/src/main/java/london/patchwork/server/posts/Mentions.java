package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.WebFingerClient;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.instance.Instance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves what an author typed ({@code @name}, {@code @name@host}) to actors: local ones directly, remote ones
 * through WebFinger and their actor document (which is stored, so delivery knows their inbox). Runs before
 * the post's transaction, since it may go to the network.
 */
@Singleton
public class Mentions {

    private static final Logger LOG = LoggerFactory.getLogger(Mentions.class);

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final RemoteActors remoteActors;
    private final WebFingerClient webFinger;
    private final String authority;

    public Mentions(LocalActors localActors, LocalActorUris actorUris, RemoteActors remoteActors,
                    WebFingerClient webFinger, Instance instance) {
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.remoteActors = remoteActors;
        this.webFinger = webFinger;
        this.authority = instance.authority();
    }

    /**
     * A resolved mention.
     *
     * @param typed   what was typed, lower case, as {@link StatusText#toHtml} looks it up
     * @param profile where the mention's link leads people: a member's page here, a remote actor's {@code url}
     */
    public record Resolved(String typed, URI actor, Mention tag, String profile) {
    }

    public List<Resolved> resolve(String text) {
        List<Resolved> resolved = new ArrayList<>();
        for (StatusText.TypedMention typed : StatusText.mentions(text)) {
            resolveOne(typed).ifPresent(found -> resolved.add(new Resolved(typed.handle().toLowerCase(),
                    found.actor(), Mention.of(found.actor(), "@" + typed.username() + "@"
                    + (typed.host() == null ? authority : typed.host())), found.profile())));
        }
        return resolved;
    }

    private record Found(URI actor, String profile) {
    }

    private Optional<Found> resolveOne(StatusText.TypedMention typed) {
        if (typed.host() == null || typed.host().equalsIgnoreCase(authority)) {
            return localActors.find(typed.username()).map(local -> {
                URI page = actorUris.profilePage(local);
                return new Found(actorUris.id(local), String.valueOf(page != null ? page : actorUris.id(local)));
            });
        }
        try {
            URI actor = webFinger.resolve(Acct.parse(typed.handle())).actor();
            Actor remote = remoteActors.resolve(actor);
            String url = remote.url();
            return Optional.of(new Found(actor, url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : actor.toString()));
        } catch (FetchException | RemoteActorException | london.patchwork.federation.webfinger.WebFingerException e) {
            LOG.info("event=mention_unresolved handle=@{} reason=\"{}\"", typed.handle(), e.getMessage());
            return Optional.empty();
        }
    }
}
