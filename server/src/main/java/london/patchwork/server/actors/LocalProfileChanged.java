package london.patchwork.server.actors;

/**
 * A local actor's public profile changed (name, summary, icon). Published inside the transaction that stored the
 * change; the outbox listens and tells the actor's followers with an {@code Update}.
 */
public record LocalProfileChanged(Actor actor) {
}
