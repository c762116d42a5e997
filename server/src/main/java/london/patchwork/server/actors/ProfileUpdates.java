package london.patchwork.server.actors;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.Outbox;

import java.time.Instant;

/**
 * Tells followers that a local actor's profile changed ({@code Update} of the actor), so Mastodon shows the
 * new name and summary without waiting a day to refetch.
 */
@Singleton
public class ProfileUpdates {

    private final Outbox outbox;
    private final ActorMapper mapper;
    private final LocalActorUris actorUris;
    private final Uris uris;

    public ProfileUpdates(Outbox outbox, ActorMapper mapper, LocalActorUris actorUris, Uris uris) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.actorUris = actorUris;
        this.uris = uris;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void announce(Actor actor) {
        ObjectFields addressing = ObjectFields.builder()
                .to(PublicAddress.IRI)
                .cc(uris.followers(actor.username()))
                .published(Instant.now())
                .build();
        Update update = Activity.of(Update::new, outbox.newActivityUri(), actorUris.id(actor),
                Ref.<ApObject>of(mapper.toActivityStreams(actor)), addressing);
        outbox.publish(actor, update, null, false);
    }
}
