package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchTarget;
import london.patchwork.federation.fetch.Origin;

/**
 * Turns an activity's audience into the distinct inboxes to POST to.
 *
 * <p>For each addressee, in order: the Public collection is skipped; a collection the server can
 * expand (its own followers) is replaced by its members; local actors are skipped; every other
 * actor is looked up once and delivered to through its shared inbox when it has one, else its
 * personal inbox. Inboxes are compared in canonical form, so one server's shared inbox gets one
 * delivery however many of its users are addressed and however its URL is spelled. A lookup that
 * fails skips only that actor; the plan reports it.
 */
public final class DeliveryPlanner {

    private final Predicate<URI> isLocal;
    private final InboxLookup lookup;
    private final CollectionExpander expander;

    /**
     * A planner for one server.
     *
     * @param isLocal  whether a URI belongs to this server (its actors and collections)
     * @param lookup   finds remote actors' inboxes
     * @param expander expands this server's collections into members
     */
    public DeliveryPlanner(Predicate<URI> isLocal, InboxLookup lookup, CollectionExpander expander) {
        this.isLocal = Objects.requireNonNull(isLocal, "isLocal");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.expander = Objects.requireNonNull(expander, "expander");
    }

    /** Plans the deliveries for one activity's audience. */
    public DeliveryPlan plan(Audience audience) {
        Run run = new Run();
        for (URI addressee : audience.all()) {
            if (PublicAddress.isPublic(addressee)) {
                run.skip(addressee, SkippedRecipient.Reason.PUBLIC, "");
                continue;
            }
            Optional<List<URI>> members = expander.membersOf(addressee);
            if (members.isPresent()) {
                members.get().forEach(run::deliverTo);
            } else {
                run.deliverTo(addressee);
            }
        }
        return run.plan();
    }

    /** The state of one planning run. */
    private final class Run {
        private final Map<String, URI> inboxByKey = new LinkedHashMap<>();
        private final Map<String, Boolean> sharedByKey = new LinkedHashMap<>();
        private final Map<String, Set<URI>> recipientsByKey = new LinkedHashMap<>();
        private final List<SkippedRecipient> skipped = new ArrayList<>();
        private final Set<URI> seen = new HashSet<>();
        // Thousands of followers share a few shared inboxes: check and canonicalise each URL once.
        private final Map<URI, Optional<URI>> canonicalInboxes = new HashMap<>();

        void deliverTo(URI actor) {
            if (actor == null || !seen.add(actor)) {
                return;
            }
            if (PublicAddress.isPublic(actor)) {
                skip(actor, SkippedRecipient.Reason.PUBLIC, "");
            } else if (isLocal.test(actor)) {
                skip(actor, SkippedRecipient.Reason.LOCAL, "");
            } else if (Origin.of(actor).isEmpty()) {
                skip(actor, SkippedRecipient.Reason.INVALID, "not an http(s) actor URI");
            } else {
                lookUp(actor);
            }
        }

        private void lookUp(URI actor) {
            Optional<InboxEndpoints> endpoints;
            try {
                endpoints = lookup.inboxesOf(actor);
            } catch (FetchException e) {
                skip(actor, SkippedRecipient.Reason.LOOKUP_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            }
            if (endpoints.isEmpty()) {
                skip(actor, SkippedRecipient.Reason.NO_INBOX, "");
                return;
            }
            Optional<URI> shared = endpoints.get().sharedInboxUrl().flatMap(this::canonical);
            Optional<URI> inbox = shared.or(() -> canonical(endpoints.get().inbox()));
            if (inbox.isEmpty()) {
                skip(actor, SkippedRecipient.Reason.INVALID, "inbox is not a URL we would POST to");
                return;
            }
            String key = inbox.get().toString();
            inboxByKey.putIfAbsent(key, inbox.get());
            sharedByKey.merge(key, shared.isPresent(), Boolean::logicalOr);
            recipientsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
        }

        void skip(URI addressee, SkippedRecipient.Reason reason, String detail) {
            skipped.add(new SkippedRecipient(addressee, reason, detail));
        }

        DeliveryPlan plan() {
            List<InboxDelivery> deliveries = new ArrayList<>(inboxByKey.size());
            inboxByKey.forEach((key, inbox) ->
                    deliveries.add(new InboxDelivery(inbox, sharedByKey.get(key), recipientsByKey.get(key))));
            return new DeliveryPlan(deliveries, skipped);
        }

        private Optional<URI> canonical(URI inbox) {
            return canonicalInboxes.computeIfAbsent(inbox, Run::canonicalise);
        }

        private static Optional<URI> canonicalise(URI inbox) {
            try {
                return Optional.of(FetchTarget.of(inbox).wireUri());
            } catch (FetchException.BadUrl notPostable) {
                return Optional.empty();
            }
        }
    }
}
