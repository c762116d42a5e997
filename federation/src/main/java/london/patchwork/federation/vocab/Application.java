package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A server's own actor: Mastodon's instance actor, Lemmy's site, Gancio's instance.
 *
 * @param id          the actor's IRI
 * @param fields      object properties (name, summary, icon, image, attachment fields, ...)
 * @param actorFields actor properties (inbox, keys, collections, ...)
 * @param extra       properties not modelled
 */
public record Application(URI id, ObjectFields fields, ActorFields actorFields, Extras extra) implements Actor {

    @Override
    public String type() {
        return "Application";
    }
}
