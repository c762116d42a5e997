package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transactions behind {@link IntroductionService}: a proposal with the Offers it sends, an answer with the tie
 * or the Accept/Reject it leads to, an answer from elsewhere, and a peer's Offer kept.
 */
@Singleton
class IntroductionWriter {

    private final IntroductionRepository introductions;
    private final ConnectionService connections;
    private final IntroductionActivities activities;
    private final TieEnds ends;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final Outbox outbox;

    IntroductionWriter(IntroductionRepository introductions, ConnectionService connections,
                       IntroductionActivities activities, TieEnds ends, ActorRepository actors,
                       LocalActorUris actorUris, Outbox outbox) {
        this.introductions = introductions;
        this.connections = connections;
        this.activities = activities;
        this.ends = ends;
        this.actors = actors;
        this.actorUris = actorUris;
        this.outbox = outbox;
    }

    /** An end found, its network key, and the actor elsewhere who answers for it (null when answered here). */
    record Ends(ConnectionService.End end, String key, @Nullable Actor remote) {
    }

    @Transactional
    Introduction propose(ConnectionEditor weaver, TieInput tie, Ends subject, Ends object) {
        if (introductions.proposedBefore(subject.key(), object.key())) {
            throw new ConnectionService.Invalid(Map.of("object", "these two were already introduced"));
        }
        Instant now = now();
        Actor hub = ends.hub();
        Introduction saved = introductions.save(new Introduction(null, Introduction.PROPOSED, tie.type(),
                subject.key(), subject.end().assetId(), subject.end().actorId(), object.key(),
                object.end().assetId(), object.end().actorId(), tie.note(),
                weaver.actorId() != null ? weaver.actorId() : hub.id(), Introduction.PENDING, null, null,
                Introduction.PENDING, null, null, null, null, null, null, null, Introduction.PENDING, null, now, now));
        for (Introduction.Side side : Introduction.Side.values()) {
            Actor remote = side == Introduction.Side.SUBJECT ? subject.remote() : object.remote();
            if (remote != null) {
                URI id = outbox.newActivityUri();
                saved = saved.offered(side, id.toString(), remote.id());
                outbox.publish(hub, activities.offer(id, actorUris.id(hub), URI.create(remote.uri()), saved), null,
                        false);
            }
        }
        return introductions.update(saved);
    }

    @Transactional
    Introduction answer(long id, Set<Introduction.Side> sides, boolean accept, ConnectionEditor who) {
        Introduction introduction = introductions.lock(id).orElseThrow(ConnectionService.NotFound::new);
        long by = who.actorId() != null ? who.actorId() : ends.hub().id();
        for (Introduction.Side side : sides) {
            if (introduction.pending() && Introduction.PENDING.equals(introduction.answer(side))) {
                introduction = introduction.answered(side, accept, by, now());
            }
        }
        return settle(introduction);
    }

    /** An answer to our Offer; only its addressee may give it, once. Empty when it was not theirs to give. */
    @Transactional
    Optional<Introduction> answeredElsewhere(String offer, long sender, boolean accept) {
        Optional<Introduction> found = introductions.lockByOurOffer(offer);
        if (found.isEmpty() || !found.get().pending()) {
            return Optional.empty();
        }
        Introduction introduction = found.get();
        Introduction.Side side = offer.equals(introduction.subjectOfferUri()) ? Introduction.Side.SUBJECT
                : Introduction.Side.OBJECT;
        if (!Long.valueOf(sender).equals(introduction.offerTo(side))
                || !Introduction.PENDING.equals(introduction.answer(side))) {
            return Optional.empty();
        }
        return Optional.of(settle(introduction.answered(side, accept, sender, now())));
    }

    /** A peer's Offer to one of our ends, kept for it to answer. */
    @Transactional
    Introduction receive(Introduction offered) {
        return introductions.save(offered);
    }

    /**
     * Stores the answers; when they settle it, records the tie (proposed here) or answers the peer's Offer (offered
     * from elsewhere), from the end it was offered to.
     */
    private Introduction settle(Introduction introduction) {
        if (introduction.pending()) {
            return introductions.update(introduction);
        }
        if (introduction.proposedHere() && Introduction.ACCEPTED.equals(introduction.status())) {
            Tie tie = connections.create(new ConnectionEditor(null, true), new TieInput(introduction.type(),
                    ref(introduction, Introduction.Side.SUBJECT), ref(introduction, Introduction.Side.OBJECT), null,
                    TieInput.DEFAULT_STRENGTH, introduction.message()), introduction.end(Introduction.Side.SUBJECT),
                    introduction.end(Introduction.Side.OBJECT));
            introduction = introduction.tied(tie.id());
        } else if (!introduction.proposedHere()) {
            Actor answerer = answerer(introduction);
            Actor offeredBy = actors.findById(introduction.proposedBy()).orElseThrow();
            outbox.publish(answerer, activities.answer(Introduction.ACCEPTED.equals(introduction.status()),
                    outbox.newActivityUri(), actorUris.id(answerer), URI.create(introduction.offerUri()),
                    URI.create(offeredBy.uri())), null, false);
        }
        return introductions.update(introduction);
    }

    /** Whom a peer's Offer was to: the member it named, or the hub's Group for an asset of ours. */
    private Actor answerer(Introduction introduction) {
        for (Introduction.Side side : Introduction.Side.values()) {
            Long actor = introduction.end(side).actorId();
            if (!Introduction.NONE.equals(introduction.answer(side)) && actor != null) {
                return actors.findById(actor).orElseThrow();
            }
        }
        return ends.hub();
    }

    private static ConnectionService.EndRef ref(Introduction introduction, Introduction.Side side) {
        ConnectionService.End end = introduction.end(side);
        return end.assetId() != null ? ConnectionService.EndRef.asset(end.assetId())
                : ConnectionService.EndRef.account(introduction.key(side));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
