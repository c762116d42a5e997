package london.patchwork.server.actors;

/**
 * A remote actor is about to be removed (its account was deleted at its origin). Published in the transaction that
 * removes it, before the row goes, so capabilities can take back what the actor counted for (likes, boosts).
 */
public record RemoteActorDeleting(Actor actor) {
}
