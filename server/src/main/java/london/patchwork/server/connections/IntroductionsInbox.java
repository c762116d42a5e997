package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Introductions between hubs: a peer's Offer of a tie to one of our ends, and the answers to ours. */
@Singleton
public class IntroductionsInbox implements InboxRoutes {

    private final IntroductionOfferHandler offer;
    private final IntroductionAnsweredHandler answered;

    public IntroductionsInbox(IntroductionOfferHandler offer, IntroductionAnsweredHandler answered) {
        this.offer = offer;
        this.answered = answered;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Offer", "Relationship", offer)
                .on("Accept", "Offer", answered)
                .on("Reject", "Offer", answered);
    }
}
