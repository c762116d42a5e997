package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowService;

import java.util.List;
import java.util.Optional;

/**
 * The remote groups the hub's Group follows, so that their threads show here: a Lemmy community, a NodeBB category,
 * another hub's Group. Following is the ordinary {@code Follow}, accepted by the group's {@code Accept}; leaving is
 * {@code Undo}.
 */
@Singleton
public class FollowedGroups {

    /** A group could not be followed; {@code message} says why, for the organiser. */
    public static final class NotFollowable extends Exception {
        public NotFollowable(String message) {
            super(message);
        }
    }

    private final AccountResolver resolver;
    private final FollowService followService;
    private final FollowRepository follows;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final RemoteThreadRepository threads;

    public FollowedGroups(AccountResolver resolver, FollowService followService, FollowRepository follows,
                          ActorRepository actors, LocalActors localActors, RemoteThreadRepository threads) {
        this.resolver = resolver;
        this.followService = followService;
        this.follows = follows;
        this.actors = actors;
        this.localActors = localActors;
        this.threads = threads;
    }

    /**
     * Follows a group named by handle ({@code name@host}, {@code !name@host} as Lemmy writes communities) or URL;
     * the group is looked up on its server first, outside any transaction.
     */
    public FollowedGroup follow(String handleOrUrl) throws NotFollowable {
        String text = handleOrUrl == null ? "" : handleOrUrl.strip();
        if (text.startsWith("!")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || text.length() > 500 || !AccountResolver.looksLikeAccount(text)) {
            throw new NotFollowable("Give the group's handle (name@server) or its address (https://...).");
        }
        Actor group;
        try {
            group = resolver.find(text, true).orElseThrow(() -> new NotFollowable("No group " + handleOrUrl
                    + " was found."));
        } catch (WebFingerException | IllegalArgumentException e) {
            throw new NotFollowable("No group " + handleOrUrl + " was found.");
        } catch (FetchException | RemoteActorException e) {
            throw new NotFollowable("The group's server could not be reached: try again later.");
        }
        if (group.local()) {
            throw new NotFollowable("That is this hub's own account, not another group.");
        }
        if (!"Group".equals(group.type())) {
            throw new NotFollowable(handleOrUrl + " is a " + group.type() + ", not a group.");
        }
        Actor hub = localActors.hub();
        followService.follow(hub, group);
        return threads.findGroup(group.id(), hub.id()).orElseThrow();
    }

    /** Stops following; the threads already held stay. */
    public boolean unfollow(long groupActorId) {
        Optional<Actor> group = actors.findById(groupActorId).filter(actor -> !actor.local());
        Actor hub = localActors.hub();
        if (group.isEmpty() || follows.findByFollowerIdAndFollowedId(hub.id(), groupActorId).isEmpty()) {
            return false;
        }
        followService.unfollow(hub, group.get());
        return true;
    }

    public List<FollowedGroup> list() {
        return threads.findFollowedBy(localActors.hub().id());
    }

    /** A remote group, with whether the hub follows it. */
    public Optional<FollowedGroup> find(long groupActorId) {
        return threads.findGroup(groupActorId, localActors.hub().id());
    }

    /** Whether an actor is a remote group someone here follows: only then is what it announces kept. */
    public boolean isFollowedGroup(Actor actor) {
        return !actor.local() && "Group".equals(actor.type()) && follows.isFollowedLocally(actor.id());
    }
}
