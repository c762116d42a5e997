package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.CollectionLike;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a group's {@code Announce} carries, read from the vocabulary into plain values. */
@Singleton
public class GroupActivityMapper {

    /** More moderators than any group has; the rest are not read. */
    static final int MAX_MODERATORS = 200;

    /**
     * The activity a group announced.
     *
     * @param type   its type ({@code Create}, {@code Delete}...)
     * @param actor  who did it, as the announcement claims
     * @param object the id of what it acts on
     * @param target a {@code Remove}'s collection, or null
     */
    public record Announced(String type, @Nullable URI actor, @Nullable URI object, @Nullable URI target) {
    }

    /** The announced activity, when the announcement embeds one. */
    public Optional<Announced> announced(InboundActivity inbound) {
        return inbound.object(Activity.class).map(inner -> new Announced(inner.type(),
                inner.actor().map(Ref::id).orElse(null), inner.object().map(Ref::id).orElse(null),
                inner.target().map(Ref::id).orElse(null)));
    }

    /** Where a group lists its moderators: Lemmy's {@code attributedTo} (a collection), if it has one. */
    public Optional<URI> moderatorsOf(ApObject group) {
        return Optional.of(group).filter(london.patchwork.federation.vocab.Actor.class::isInstance)
                .map(AsObject.class::cast).map(actor -> actor.fields().attributedToId());
    }

    /** The actor ids a collection lists on its first page (Lemmy serves moderators inline). */
    public List<URI> members(ApObject collection) {
        if (!(collection instanceof CollectionLike listed)) {
            return List.of();
        }
        return listed.collection().items().stream().limit(MAX_MODERATORS).map(Ref::id).filter(Objects::nonNull)
                .toList();
    }
}
