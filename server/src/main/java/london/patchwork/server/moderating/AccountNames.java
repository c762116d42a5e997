package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An account as a moderator types it: a member's handle ({@code ada}, {@code @ada@this.hub}), a remote account
 * the hub knows ({@code @erin@social.example}), or an actor's URL (fetched from its origin when not known yet).
 */
@Singleton
public class AccountNames {

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final RemoteActors remoteActors;
    private final ActorBlocks blocks;
    private final String authority;

    public AccountNames(ActorRepository actors, LocalActors localActors, RemoteActors remoteActors,
                        ActorBlocks blocks, Instance instance) {
        this.actors = actors;
        this.localActors = localActors;
        this.remoteActors = remoteActors;
        this.blocks = blocks;
        this.authority = instance.authority().toLowerCase(Locale.ROOT);
    }

    public Optional<Actor> find(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > 500) {
            return Optional.empty();
        }
        if (name.startsWith("https://") || name.startsWith("http://")) {
            return byUrl(name);
        }
        String handle = name.startsWith("@") ? name.substring(1) : name;
        int at = handle.indexOf('@');
        if (at < 0 || handle.substring(at + 1).equalsIgnoreCase(authority)) {
            return localActors.find(at < 0 ? handle : handle.substring(0, at));
        }
        return blocks.findRemote(handle.substring(0, at), handle.substring(at + 1).toLowerCase(Locale.ROOT))
                .flatMap(actors::findById);
    }

    private Optional<Actor> byUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Actor> known = localActors.findByUri(uri).or(() -> actors.findByUri(url));
        if (known.isPresent()) {
            return known;
        }
        try {
            return Optional.of(remoteActors.resolve(uri));
        } catch (RemoteActorException e) {
            return Optional.empty();
        }
    }
}
