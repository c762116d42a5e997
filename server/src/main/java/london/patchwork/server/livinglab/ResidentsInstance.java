package london.patchwork.server.livinglab;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.vocab.ActivityJson;

/**
 * The residents' instance: one HTTP server on 127.0.0.1 hosting the plan's residents, which looks to a Patchwork hub
 * exactly like a small Mastodon server. Residents follow hubs, reply, like and say they are going to events; each
 * activity is signed with the resident's own RSA key and delivered durably (retried until {@link #close()}). What the
 * hubs deliver back is verified and reported to the {@link ResidentsObserver}.
 *
 * <p>Starts listening in the constructor; thread-safe.
 */
public final class ResidentsInstance implements AutoCloseable {

    /**
     * Counters since start.
     *
     * @param sent               inbox POSTs attempted (first tries and retries)
     * @param accepted           of those, answered 2xx
     * @param failedAttempts     of those, not answered 2xx (no connection, timeout, 4xx, 5xx)
     * @param retries            attempts beyond the first of an activity to an inbox
     * @param received           POSTs to the residents' inboxes accepted (202)
     * @param rejectedSignatures POSTs to the residents' inboxes refused for their signature (401)
     */
    public record Stats(long sent, long accepted, long failedAttempts, long retries, long received,
                        long rejectedSignatures) {
    }

    private static final int DELIVERY_WORKERS = 32;

    private final HttpServer server;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final String baseUrl;
    private final List<Resident> residents;
    private final ResidentRelations relations = new ResidentRelations();
    private final ResidentActivities activities;
    private final ResidentInbox inbox;
    private final ResidentOutbox outbox;

    /** Residents numbered by their {@code index} (0..N-1, each once), on {@link ResidentRetrySchedule#standard()}. */
    public ResidentsInstance(List<Plan.PlannedResident> planned, ResidentsObserver observer) {
        this(planned, observer, ResidentRetrySchedule.standard());
    }

    public ResidentsInstance(List<Plan.PlannedResident> planned, ResidentsObserver observer,
                             ResidentRetrySchedule schedule) {
        checkNumbering(planned);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1", e);
        }
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        List<KeyPair> keys = ResidentKeys.generate(planned.size());
        Resident[] numbered = new Resident[planned.size()];
        for (Plan.PlannedResident resident : planned) {
            numbered[resident.index()] = Resident.create(resident.index(), resident.username(),
                    resident.displayName(), baseUrl, keys.get(resident.index()));
        }
        residents = List.of(numbered);
        Map<String, Resident> byUsername = new LinkedHashMap<>();
        residents.forEach(resident -> byUsername.put(resident.username(), resident));
        ActivityJson json = ActivityJson.withDefaultLimits();
        FetchClient fetch = FetchClient.builder(FetchPolicy.development("livinglab-residents/1.0 (+" + baseUrl + "/)")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20))).build();
        ResidentPeers peers = new ResidentPeers(fetch);
        activities = new ResidentActivities(json);
        inbox = new ResidentInbox(peers, relations, observer, id -> residentById(byUsername, id));
        outbox = new ResidentOutbox(fetch, peers, observer, schedule, DELIVERY_WORKERS);
        server.createContext("/", new ResidentsHttp(baseUrl, Map.copyOf(byUsername),
                new ResidentDocuments(json, baseUrl), activities, relations, inbox));
        server.setExecutor(requests);
        server.start();
    }

    /** Sends a Follow of {@code actor} to its inbox; returns the Follow's id. */
    public URI follow(int resident, URI actor) {
        Resident sender = resident(resident);
        ResidentActivities.Written follow = activities.follow(sender, actor);
        relations.followSent(follow.id(), resident, actor);
        outbox.send(sender, follow.id(), follow.body(), actor, ResidentOutbox.Route.PERSONAL);
        return follow.id();
    }

    /**
     * Sends a public reply mentioning {@code inReplyToActor} to that actor's shared inbox (its inbox if it has none);
     * returns the Note's id.
     */
    public URI reply(int resident, URI inReplyTo, URI inReplyToActor, String text) {
        Resident sender = resident(resident);
        ResidentActivities.Written create = activities.reply(sender, inReplyTo, inReplyToActor, text);
        outbox.send(sender, create.id(), create.body(), inReplyToActor, ResidentOutbox.Route.SHARED);
        return create.note();
    }

    /** Sends a Like of {@code object} to the inbox of its author {@code objectActor}; returns the Like's id. */
    public URI like(int resident, URI object, URI objectActor) {
        Resident sender = resident(resident);
        ResidentActivities.Written like = activities.like(sender, object);
        outbox.send(sender, like.id(), like.body(), objectActor, ResidentOutbox.Route.PERSONAL);
        return like.id();
    }

    /** Sends a Join of {@code event} to the inbox of its organiser {@code eventActor}; returns the Join's id. */
    public URI rsvp(int resident, URI event, URI eventActor) {
        Resident sender = resident(resident);
        ResidentActivities.Written join = activities.join(sender, event, eventActor);
        relations.joinSent(join.id(), resident, event);
        outbox.send(sender, join.id(), join.body(), eventActor, ResidentOutbox.Route.PERSONAL);
        return join.id();
    }

    /** Whether {@code actor} has accepted the resident's Follow (and not rejected it since). */
    public boolean following(int resident, URI actor) {
        return relations.following(resident, actor);
    }

    /** The answer ({@code Accept}, {@code TentativeAccept} or {@code Reject}) to a Join {@link #rsvp} returned. */
    public Optional<String> rsvpAnswer(URI join) {
        return relations.answer(join.toString());
    }

    /** Follows accepted, counting each resident and actor once. */
    public int acceptedFollows() {
        return relations.acceptedFollows();
    }

    /** Deliveries waiting for their first try or a retry. */
    public int queued() {
        return outbox.queued();
    }

    public Stats stats() {
        return new Stats(outbox.attempts(), outbox.accepted(), outbox.failedAttempts(), outbox.retries(),
                inbox.received(), inbox.rejectedSignatures());
    }

    /** {@code http://127.0.0.1:{port}}. */
    public String baseUrl() {
        return baseUrl;
    }

    public URI actorId(int resident) {
        return resident(resident).id();
    }

    public int size() {
        return residents.size();
    }

    /** Stops delivering (what is still queued is dropped) and stops listening. */
    @Override
    public void close() {
        outbox.close();
        server.stop(0);
        requests.close();
    }

    private Resident resident(int index) {
        if (index < 0 || index >= residents.size()) {
            throw new IllegalArgumentException("no resident " + index + " of " + residents.size());
        }
        return residents.get(index);
    }

    private Optional<Resident> residentById(Map<String, Resident> byUsername, String id) {
        String prefix = baseUrl + "/users/";
        return id.startsWith(prefix) ? Optional.ofNullable(byUsername.get(id.substring(prefix.length())))
                : Optional.empty();
    }

    private static void checkNumbering(List<Plan.PlannedResident> planned) {
        boolean[] seen = new boolean[planned.size()];
        for (Plan.PlannedResident resident : planned) {
            if (resident.index() < 0 || resident.index() >= seen.length || seen[resident.index()]) {
                throw new IllegalArgumentException("residents must be numbered 0.." + (seen.length - 1)
                        + " each once; found " + resident.index());
            }
            seen[resident.index()] = true;
        }
    }
}
