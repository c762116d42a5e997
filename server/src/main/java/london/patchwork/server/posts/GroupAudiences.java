package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The group (FEP-1b12 {@code audience}) a local reply is posted to: its parent's, when that names a Group actor. A
 * peer's {@code audience} is only taken then, never when it names a collection, which would carry a member's reply
 * to someone else's followers.
 */
@Singleton
class GroupAudiences {

    private final LocalActors localActors;
    private final ActorRepository actors;

    GroupAudiences(LocalActors localActors, ActorRepository actors) {
        this.localActors = localActors;
        this.actors = actors;
    }

    /** Those mentioned and, for a public or unlisted reply in a group's conversation, the group, which shares it. */
    List<URI> addressees(List<Mentions.Resolved> mentions, @Nullable Post inReplyTo, Visibility visibility) {
        List<URI> addressees = new ArrayList<>(mentions.stream().map(Mentions.Resolved::actor).toList());
        String group = groupOf(inReplyTo);
        if (group != null && (visibility == Visibility.PUBLIC || visibility == Visibility.UNLISTED)) {
            addressees.add(URI.create(group));
        }
        return addressees;
    }

    /** The group a reply to {@code parent} is posted to, or null. */
    @Nullable
    String groupOf(@Nullable Post parent) {
        return parent != null && parent.audienceUri() != null && isGroup(parent.audienceUri()) ? parent.audienceUri()
                : null;
    }

    private boolean isGroup(String uri) {
        try {
            return localActors.findByUri(URI.create(uri)).or(() -> actors.findByUri(uri))
                    .map(actor -> "Group".equals(actor.type())).orElse(false);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
