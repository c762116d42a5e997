package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Timeline lines and conversations as the viewer may see them, in Mastodon's Status shape. */
@Singleton
public class StatusViews {

    private static final int MAX_ANCESTORS = 40;
    private static final int MAX_DESCENDANTS = 200;

    private final PostRepository posts;
    private final ReactionRepository reactions;
    private final Audiences audiences;
    private final StatusJsonMapper json;

    public StatusViews(PostRepository posts, ReactionRepository reactions, Audiences audiences,
                       StatusJsonMapper json) {
        this.posts = posts;
        this.reactions = reactions;
        this.audiences = audiences;
        this.json = json;
    }

    /** Mastodon's Context: what a post replies to (oldest first) and the replies under it (in thread order). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Context(List<StatusJson> ancestors, List<StatusJson> descendants) {
    }

    public List<StatusJson> render(List<TimelineQueries.Entry> entries, Optional<Actor> viewer) {
        Long viewerId = viewer.map(Actor::id).orElse(null);
        List<StatusJson> rendered = new ArrayList<>();
        for (TimelineQueries.Entry entry : entries) {
            Optional<Post> post = posts.findById(entry.postId()).filter(found -> audiences.canSee(found, viewer));
            if (post.isEmpty()) {
                continue;
            }
            if (!entry.boost()) {
                rendered.add(json.toJson(post.get(), false, viewerId));
            } else {
                reactions.findById(entry.id())
                        .ifPresent(boost -> rendered.add(json.boostJson(boost, post.get(), viewerId)));
            }
        }
        return rendered;
    }

    /** A post by its API id as the viewer may see it; a boost's id shows the boost. */
    public Optional<StatusJson> show(long id, Optional<Actor> viewer) {
        Long viewerId = viewer.map(Actor::id).orElse(null);
        Optional<Post> post = posts.findById(id);
        if (post.isPresent()) {
            return post.filter(found -> audiences.canSee(found, viewer))
                    .map(found -> json.toJson(found, false, viewerId));
        }
        return reactions.findById(id).filter(reaction -> reaction.type().equals("Announce"))
                .flatMap(boost -> posts.findById(boost.objectId()).filter(found -> audiences.canSee(found, viewer))
                        .map(found -> json.boostJson(boost, found, viewerId)));
    }

    /** The viewer's boost of a post, as Mastodon answers a reblog: the boost carrying the post. */
    public Optional<StatusJson> boostBy(Actor booster, Post post) {
        return reactions.findByTypeAndObjectIdAndActorId("Announce", post.id(), booster.id())
                .map(boost -> json.boostJson(boost, post, booster.id()));
    }

    public Context context(Post post, Optional<Actor> viewer) {
        Long viewerId = viewer.map(Actor::id).orElse(null);
        List<StatusJson> ancestors = new ArrayList<>();
        Post at = post;
        for (int steps = 0; at.inReplyToId() != null && steps < MAX_ANCESTORS; steps++) {
            Optional<Post> parent = posts.findById(at.inReplyToId());
            if (parent.isEmpty()) {
                break;
            }
            at = parent.get();
            if (audiences.canSee(at, viewer)) {
                ancestors.addFirst(json.toJson(at, false, viewerId));
            }
        }
        List<StatusJson> descendants = new ArrayList<>();
        addReplies(post, viewer, viewerId, descendants, new java.util.HashSet<>(java.util.Set.of(post.id())));
        return new Context(ancestors, descendants);
    }

    /** Depth first, so each reply follows what it answers, as Mastodon orders descendants. */
    private void addReplies(Post post, Optional<Actor> viewer, Long viewerId, List<StatusJson> into,
                            java.util.Set<Long> seen) {
        for (Post reply : posts.findReplies(post.uri(), MAX_DESCENDANTS)) {
            if (into.size() >= MAX_DESCENDANTS || seen.size() > MAX_DESCENDANTS * 2) {
                return;
            }
            if (seen.add(reply.id()) && audiences.canSee(reply, viewer)) {
                into.add(json.toJson(reply, false, viewerId));
                addReplies(reply, viewer, viewerId, into, seen);
            }
        }
    }
}
