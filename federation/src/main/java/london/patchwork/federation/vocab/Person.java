package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A person's account (Mastodon users, Lemmy users, Mobilizon profiles).
 *
 * @param id          the actor's IRI
 * @param fields      object properties (name, summary, icon, image, attachment fields, ...)
 * @param actorFields actor properties (inbox, keys, collections, ...)
 * @param extra       properties not modelled
 */
public record Person(URI id, ObjectFields fields, ActorFields actorFields, Extras extra) implements Actor {

    @Override
    public String type() {
        return "Person";
    }
}
