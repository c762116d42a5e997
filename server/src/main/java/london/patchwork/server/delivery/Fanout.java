package london.patchwork.server.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.Audience;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.delivery.CollectionExpander;
import london.patchwork.federation.delivery.DeliveryPlan;
import london.patchwork.federation.delivery.DeliveryPlanner;
import london.patchwork.federation.delivery.SkippedRecipient;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.database.Sql;
import london.patchwork.server.delivery.FanoutStore.PlannedJob;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.BlockedDomains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one published activity into delivery jobs: reads its audience (to, cc, bto, bcc, audience), expands the
 * followers collections of local actors it addresses (the publisher's, and the hub Group's for a member's event)
 * into their accepted followers, and lets the federation library's
 * {@link DeliveryPlanner} pick one inbox per recipient server (shared inboxes deduplicated, personal inboxes for
 * peers without one, our own origin skipped). Runs outside any transaction: looking up an unknown actor may
 * fetch it.
 */
@Singleton
public class Fanout {

    private static final Logger LOG = LoggerFactory.getLogger(Fanout.class);
    private static final String FOLLOWERS = "/followers";

    private final FanoutStore store;
    private final InboxDirectory directory;
    private final FollowRepository follows;
    private final ActorRepository actors;
    private final Uris uris;
    private final Optional<Origin> base;
    private final BlockedDomains blockedDomains;
    private final ObjectMapper json;
    private final List<PublicActivityRecipients> extraRecipients;

    public Fanout(FanoutStore store, InboxDirectory directory, FollowRepository follows, ActorRepository actors,
                  Uris uris, Instance instance, BlockedDomains blockedDomains, ObjectMapper json,
                  List<PublicActivityRecipients> extraRecipients) {
        this.extraRecipients = extraRecipients;
        this.store = store;
        this.blockedDomains = blockedDomains;
        this.directory = directory;
        this.follows = follows;
        this.actors = actors;
        this.uris = uris;
        this.base = Origin.of(instance.baseUri());
        this.json = json;
    }

    /**
     * Plans and stores the deliveries of a claimed activity, and marks it done.
     *
     * @return the jobs created
     */
    public int fanOut(PendingActivity activity) {
        Optional<JsonNode> raw = parse(activity.raw());
        Optional<Actor> actor = actors.findById(activity.actorId());
        if (raw.isEmpty() || actor.isEmpty()) {
            LOG.warn("event=fanout_unplannable activity={} reason=\"{}\"", activity.uri(),
                    raw.isEmpty() ? "raw is not a JSON object" : "actor is gone");
            return store.complete(activity.id(), List.of());
        }
        long started = System.nanoTime();
        Audience audience = withExtraRecipients(Audience.of(raw.get()), actor.get(), raw.get().path("type").asText());
        Map<URI, List<URI>> followersOf = localFollowers(actor.get(), audience);
        Set<URI> everyone = new LinkedHashSet<>(audience.all());
        followersOf.values().forEach(everyone::addAll);
        CollectionExpander expander = addressee -> Optional.ofNullable(followersOf.get(addressee));
        DeliveryPlan plan = new DeliveryPlanner(this::isLocal, directory.preloaded(everyone), expander).plan(audience);

        List<PlannedJob> jobs = plan.inboxes().stream()
                .filter(inbox -> !isLocal(inbox))
                .flatMap(inbox -> Origin.of(inbox).map(origin -> new PlannedJob(inbox, origin.authority())).stream())
                .filter(job -> !blockedDomains.isBlocked(job.host()))
                .toList();
        int created = store.complete(activity.id(), jobs);
        List<SkippedRecipient> unreachable = plan.skipped(SkippedRecipient.Reason.LOOKUP_FAILED);
        if (!unreachable.isEmpty()) {
            LOG.info("event=fanout_lookup_failed activity={} recipients={} first=\"{}\"", activity.uri(),
                    unreachable.size(), Sql.excerpt(unreachable.getFirst().recipient() + " "
                            + unreachable.getFirst().detail()));
        }
        LOG.debug("event=fanout_done activity={} inboxes={} jobs={} recipients={} skipped={} millis={}", activity.uri(),
                jobs.size(), created, plan.recipientCount(), plan.skipped().size(),
                (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    /**
     * The accepted followers of each local actor whose followers collection the activity addresses: the publishing
     * actor's, and another's where a capability addresses it too (a member's event goes to the hub Group's
     * followers as well as the member's).
     */
    private Map<URI, List<URI>> localFollowers(Actor publisher, Audience audience) {
        Map<URI, List<URI>> followers = new HashMap<>();
        URI own = uris.followers(publisher.username());
        for (URI addressee : audience.all()) {
            if (addressee.equals(own)) {
                followers.put(own, InboxDirectory.uris(follows.findAcceptedFollowerUris(publisher.id())));
            } else if (isLocal(addressee) && addressee.getRawPath() != null
                    && addressee.getRawPath().endsWith(FOLLOWERS)) {
                String actorUri = addressee.toString().substring(0, addressee.toString().length() - FOLLOWERS.length());
                uris.localActorUsername(URI.create(actorUri)).flatMap(actors::findLocal)
                        .filter(owner -> uris.followers(owner.username()).equals(addressee))
                        .ifPresent(owner -> followers.put(addressee,
                                InboxDirectory.uris(follows.findAcceptedFollowerUris(owner.id()))));
            }
        }
        return followers;
    }

    /**
     * A public activity (as:Public in {@code to}: not unlisted) goes also to the recipients capabilities add
     * (joined relays), as blind copies.
     */
    private Audience withExtraRecipients(Audience audience, Actor publisher, String type) {
        if (extraRecipients.isEmpty() || audience.to().stream().noneMatch(PublicAddress::isPublic)) {
            return audience;
        }
        List<URI> extra = extraRecipients.stream().flatMap(source -> source.recipients(publisher, type).stream())
                .toList();
        if (extra.isEmpty()) {
            return audience;
        }
        List<URI> bcc = new java.util.ArrayList<>(audience.bcc());
        bcc.addAll(extra);
        return new Audience(audience.to(), audience.cc(), audience.bto(), bcc, audience.audience());
    }

    /** Anything on our own origin, compared in canonical form (parsed once here: it runs for every follower). */
    private boolean isLocal(URI uri) {
        return base.isPresent() && base.equals(Origin.of(uri));
    }

    private Optional<JsonNode> parse(String raw) {
        try {
            JsonNode node = json.readTree(raw);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
