package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.patchwork.federation.delivery.SkippedRecipient.Reason;
import london.patchwork.federation.fetch.FetchException;
import org.junit.jupiter.api.Test;

/**
 * A hub's post to its followers, on a made-up network: a Mastodon server with a shared inbox, a
 * GoToSocial server without one, a local member, an unreachable actor and a remote collection.
 */
class DeliveryPlannerTest {

    private static final URI HUB = URI.create("https://hackney.hub.example/actors/hackney");
    private static final URI FOLLOWERS = URI.create("https://hackney.hub.example/actors/hackney/followers");
    private static final URI MASTO_SHARED = URI.create("https://masto.example/inbox");
    private static final URI CAROL = URI.create("https://masto.example/users/carol");
    private static final URI ERIN = URI.create("https://masto.example/users/erin");
    private static final URI FRANK = URI.create("https://Masto.Example:443/users/frank");
    private static final URI DAVE = URI.create("https://gts.example/users/dave");
    private static final URI GINA = URI.create("https://gts.example/users/gina");
    private static final URI LOCAL_MEMBER = URI.create("https://hackney.hub.example/actors/member-7");
    private static final URI GONE = URI.create("https://dead.example/users/old");
    private static final URI REMOTE_FOLLOWERS = URI.create("https://masto.example/users/carol/followers");

    private final Map<URI, InboxEndpoints> directory = new HashMap<>();
    private final List<URI> lookedUp = new ArrayList<>();

    DeliveryPlannerTest() {
        directory.put(CAROL, new InboxEndpoints(URI.create("https://masto.example/users/carol/inbox"), MASTO_SHARED));
        directory.put(ERIN, new InboxEndpoints(URI.create("https://masto.example/users/erin/inbox"), MASTO_SHARED));
        // Frank's server spells its shared inbox differently; it is still one inbox.
        directory.put(FRANK, new InboxEndpoints(URI.create("https://masto.example/users/frank/inbox"),
                URI.create("https://MASTO.example:443/inbox#x")));
        directory.put(DAVE, InboxEndpoints.personal(URI.create("https://gts.example/users/dave/inbox")));
        directory.put(GINA, InboxEndpoints.personal(URI.create("https://gts.example/users/gina/inbox")));
    }

    private Optional<InboxEndpoints> lookup(URI actor) throws FetchException {
        lookedUp.add(actor);
        if (actor.equals(GONE)) {
            throw new FetchException.HttpStatus(actor, 410);
        }
        return Optional.ofNullable(directory.get(actor));
    }

    private DeliveryPlanner planner() {
        return new DeliveryPlanner(uri -> "hackney.hub.example".equals(uri.getHost()), this::lookup,
                addressee -> addressee.equals(FOLLOWERS)
                        ? Optional.of(List.of(CAROL, ERIN, FRANK, DAVE, GINA, LOCAL_MEMBER, GONE))
                        : Optional.empty());
    }

    @Test
    void sharedInboxesAreDeduplicatedAndPeersWithoutOneGetTheirPersonalInbox() {
        Audience audience = new Audience(List.of(FOLLOWERS), List.of(PublicAddress.IRI, CAROL), List.of(), List.of(),
                List.of());

        DeliveryPlan plan = planner().plan(audience);

        assertThat(plan.inboxes()).containsExactly(MASTO_SHARED, URI.create("https://gts.example/users/dave/inbox"),
                URI.create("https://gts.example/users/gina/inbox"));
        assertThat(plan.deliveries().get(0).shared()).isTrue();
        assertThat(plan.deliveries().get(0).recipients()).containsExactly(CAROL, ERIN, FRANK);
        assertThat(plan.deliveries().get(1).shared()).isFalse();
        assertThat(plan.deliveries().get(1).recipients()).containsExactly(DAVE);
        assertThat(plan.recipientCount()).isEqualTo(5);
        assertThat(lookedUp).as("each actor looked up once").containsOnlyOnce(CAROL);
    }

    @Test
    void reportsEverySkippedAddresseeWithItsReason() {
        Audience audience = new Audience(List.of(FOLLOWERS, URI.create("Public")), List.of(URI.create("as:Public"),
                REMOTE_FOLLOWERS, URI.create("mailto:someone@example.com")), List.of(), List.of(), List.of(HUB));

        DeliveryPlan plan = planner().plan(audience);

        assertThat(plan.skipped(Reason.PUBLIC)).extracting(SkippedRecipient::recipient)
                .containsExactly(URI.create("Public"), URI.create("as:Public"));
        assertThat(plan.skipped(Reason.LOCAL)).extracting(SkippedRecipient::recipient)
                .containsExactly(LOCAL_MEMBER, HUB);
        assertThat(plan.skipped(Reason.LOOKUP_FAILED)).singleElement().satisfies(s -> {
            assertThat(s.recipient()).isEqualTo(GONE);
            assertThat(s.detail()).contains("HttpStatus").contains("410");
        });
        assertThat(plan.skipped(Reason.NO_INBOX)).extracting(SkippedRecipient::recipient).containsExactly(REMOTE_FOLLOWERS);
        assertThat(plan.skipped(Reason.INVALID)).extracting(SkippedRecipient::recipient)
                .containsExactly(URI.create("mailto:someone@example.com"));
        assertThat(lookedUp).doesNotContain(LOCAL_MEMBER, HUB, URI.create("mailto:someone@example.com"));
    }

    @Test
    void blindRecipientsAreDeliveredTo() {
        Audience audience = new Audience(List.of(), List.of(), List.of(DAVE), List.of(CAROL), List.of());

        DeliveryPlan plan = planner().plan(audience);

        assertThat(plan.inboxes()).containsExactly(URI.create("https://gts.example/users/dave/inbox"), MASTO_SHARED);
    }

    @Test
    void aSharedInboxThatIsNotPostableFallsBackToThePersonalInbox() {
        URI odd = URI.create("https://odd.example/users/h");
        directory.put(odd, new InboxEndpoints(URI.create("https://odd.example/users/h/inbox"),
                URI.create("ftp://odd.example/inbox")));
        URI broken = URI.create("https://odd.example/users/i");
        directory.put(broken, InboxEndpoints.personal(URI.create("file:///var/inbox")));

        DeliveryPlan plan = planner().plan(Audience.addressedTo(odd, broken));

        assertThat(plan.inboxes()).containsExactly(URI.create("https://odd.example/users/h/inbox"));
        assertThat(plan.deliveries().get(0).shared()).isFalse();
        assertThat(plan.skipped(Reason.INVALID)).extracting(SkippedRecipient::recipient).containsExactly(broken);
    }

    @Test
    void anEmptyAudienceNeedsNoDelivery() {
        DeliveryPlan plan = planner().plan(Audience.addressedTo());

        assertThat(plan.deliveries()).isEmpty();
        assertThat(plan.skipped()).isEmpty();
    }
}
