package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/**
 * An end elsewhere answers our Offer of an introduction: {@code Accept} or {@code Reject} of it. Only the actor the
 * Offer went to may answer, once; when it was the last answer awaited, the tie is recorded.
 */
@Singleton
public class IntroductionAnsweredHandler implements ActivityHandler {

    private final IntroductionWriter writer;

    IntroductionAnsweredHandler(IntroductionWriter writer) {
        this.writer = writer;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<String> offer = inbound.activity().object().map(ref -> ref.id()).map(Object::toString);
        if (offer.isEmpty()) {
            return HandlerOutcome.ignored("answers no Offer");
        }
        boolean accepted = "Accept".equals(inbound.activity().type());
        return writer.answeredElsewhere(offer.get(), inbound.sender().id(), accepted)
                .map(introduction -> HandlerOutcome.applied(inbound.sender().uri() + (accepted ? " accepted"
                        : " declined") + " introduction " + introduction.id() + ", now " + introduction.status()))
                .orElseGet(() -> HandlerOutcome.ignored("no Offer of ours to " + inbound.sender().uri()
                        + " waits for this answer"));
    }
}
