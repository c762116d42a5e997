package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A peer hub offers an introduction to one of our ends: an {@code Offer} whose object is the proposed
 * {@code Relationship}. It is kept for that end to answer here (the member it is addressed to, or whoever added our
 * asset); the answer goes back as Accept or Reject, and the peer records the tie.
 */
@Singleton
public class IntroductionOfferHandler implements ActivityHandler {

    private static final int MAX_KEY = 2000;

    private final IntroductionRepository introductions;
    private final IntroductionWriter writer;
    private final IntroductionLocalEnds localEnds;

    IntroductionOfferHandler(IntroductionRepository introductions, IntroductionWriter writer,
                             IntroductionLocalEnds localEnds) {
        this.introductions = introductions;
        this.writer = writer;
        this.localEnds = localEnds;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Activity offer = inbound.activity();
        Optional<Relationship> proposed = inbound.object(Relationship.class);
        if (proposed.isEmpty() || proposed.get().subject() == null || proposed.get().object().isEmpty()
                || proposed.get().relationship().isEmpty()) {
            return HandlerOutcome.ignored("offers no whole Relationship");
        }
        if (offer.id() == null || !CanonicalUris.sameHost(offer.id(), URI.create(inbound.sender().uri()))) {
            return HandlerOutcome.ignored("the Offer's id is not on its sender's host");
        }
        if (introductions.findByOfferUri(offer.id().toString()).isPresent()) {
            return HandlerOutcome.ignored("this Offer was received before");
        }
        Optional<String> type = IntroductionActivities.type(proposed.get().relationship().get(0).id());
        URI subject = proposed.get().subject().id();
        URI object = proposed.get().object().get(0).id();
        if (type.isEmpty() || subject == null || object == null || subject.equals(object)
                || subject.toString().length() > MAX_KEY || object.toString().length() > MAX_KEY) {
            return HandlerOutcome.ignored("the Relationship is not one of Patchwork's ties");
        }
        List<URI> addressed = offer.fields().to().stream().map(Ref::id).filter(id -> id != null).toList();
        Optional<Introduction.Side> ours = localEnds.concerned(subject, object, addressed);
        if (ours.isEmpty()) {
            return HandlerOutcome.ignored("offers nothing of ours");
        }
        String message = offer.fields().content() == null ? "" : Html.plainText(offer.fields().content()).strip();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ConnectionService.End mine = localEnds.end(ours.get() == Introduction.Side.SUBJECT ? subject : object)
                .orElseThrow();
        boolean subjectOurs = ours.get() == Introduction.Side.SUBJECT;
        Introduction kept = writer.receive(new Introduction(null, Introduction.OFFERED, type.get(),
                subject.toString(), subjectOurs ? mine.assetId() : null, subjectOurs ? mine.actorId() : null,
                object.toString(), subjectOurs ? null : mine.assetId(), subjectOurs ? null : mine.actorId(),
                message.length() > TieInput.MAX_NOTE ? message.substring(0, TieInput.MAX_NOTE) : message,
                inbound.sender().id(), subjectOurs ? Introduction.PENDING : Introduction.NONE, null, null,
                subjectOurs ? Introduction.NONE : Introduction.PENDING, null, null, null, null, null, null,
                offer.id().toString(), Introduction.PENDING, null, now, now));
        return HandlerOutcome.applied("introduction " + kept.id() + " offered by " + inbound.sender().uri());
    }
}
