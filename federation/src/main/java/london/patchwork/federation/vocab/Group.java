package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A group actor: a Lemmy community, a Mobilizon group, a NodeBB category, and each Patchwork hub (FEP-1b12: it {@code Announce}s what is posted to it).
 *
 * @param id          the actor's IRI
 * @param fields      object properties (name, summary, icon, image, attachment fields, ...)
 * @param actorFields actor properties (inbox, keys, collections, ...)
 * @param extra       properties not modelled
 */
public record Group(URI id, ObjectFields fields, ActorFields actorFields, Extras extra) implements Actor {

    @Override
    public String type() {
        return "Group";
    }
}
