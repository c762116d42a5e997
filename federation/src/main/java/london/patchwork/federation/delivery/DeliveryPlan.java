package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.List;

/**
 * The outcome of planning one activity's delivery.
 *
 * @param deliveries one entry per distinct inbox, in first-addressed order
 * @param skipped    every addressee that gets no delivery, with the reason
 */
public record DeliveryPlan(List<InboxDelivery> deliveries, List<SkippedRecipient> skipped) {

    /** Copies the lists. */
    public DeliveryPlan {
        deliveries = List.copyOf(deliveries);
        skipped = List.copyOf(skipped);
    }

    /** The inbox URLs to POST to. */
    public List<URI> inboxes() {
        return deliveries.stream().map(InboxDelivery::inbox).toList();
    }

    /** How many distinct recipients the deliveries reach. */
    public int recipientCount() {
        return deliveries.stream().mapToInt(delivery -> delivery.recipients().size()).sum();
    }

    /** The skipped addressees with a given reason. */
    public List<SkippedRecipient> skipped(SkippedRecipient.Reason reason) {
        return skipped.stream().filter(s -> s.reason() == reason).toList();
    }
}
