package london.patchwork.server.livinglab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the plan's steps at their compressed times. Each hub's steps are taken in order on its own thread (a tie
 * needs its assets, a reply its post); a hub that does not answer, because a fault stopped it, is waited for, so
 * its members publish late rather than never. Residents' steps run on the thread of the hub they talk to.
 */
final class Timeline {

    private static final Logger LOG = LoggerFactory.getLogger(Timeline.class);
    /** How long a step keeps trying while its hub is away or what it refers to has not arrived. */
    private static final Duration PERSISTENCE = Duration.ofMinutes(10);
    private static final Duration REFERENCE_PATIENCE = Duration.ofSeconds(60);

    private final Plan plan;
    private final SimulatedLondon london;
    private final Ledger ledger;
    private final Audience audience;
    private final SimulatedClock clock;
    private final MemberSteps members;
    private final Map<String, Publication> published;
    private final Map<String, Integer> memberHubs = new ConcurrentHashMap<>();
    private final List<ExecutorService> lanes = new ArrayList<>();
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Clock real;

    Timeline(Plan plan, SimulatedLondon london, Ledger ledger, Audience audience, SimulatedClock clock,
             MemberSteps members, Map<String, Publication> published, Clock real) {
        this.plan = plan;
        this.london = london;
        this.ledger = ledger;
        this.audience = audience;
        this.clock = clock;
        this.members = members;
        this.published = published;
        this.real = real;
        plan.members().forEach(member -> memberHubs.put(member.key(), member.hub()));
        for (int i = 0; i < plan.hubs().size(); i++) {
            lanes.add(Executors.newSingleThreadExecutor(Thread.ofVirtual().name("lab-hub-" + i).factory()));
        }
    }

    /** Steps taken and steps given up on, so far. */
    long taken() {
        return taken.get();
    }

    long skipped() {
        return skipped.get();
    }

    /** Plays {@code steps} (in order), each no earlier than its time; returns when every one has been taken. */
    void play(List<Step> steps, boolean compressed) throws InterruptedException {
        List<java.util.concurrent.Future<?>> queued = new ArrayList<>();
        for (Step step : steps) {
            if (compressed) {
                sleepUntil(clock.realAt(step.at()));
            }
            int hub = hubOf(step);
            queued.add(lanes.get(hub).submit(() -> take(step, hub)));
        }
        for (java.util.concurrent.Future<?> each : queued) {
            try {
                each.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("event=step_failed reason={}", e.getCause().toString());
            }
        }
    }

    private void take(Step step, int hub) {
        Instant giveUp = real.instant().plus(PERSISTENCE);
        Instant referencesDue = real.instant().plus(REFERENCE_PATIENCE);
        while (true) {
            Instant started = real.instant();
            try {
                Optional<Publication> made = isResidents(step) ? Optional.ofNullable(resident(step))
                        : members.take(step, hub);
                made.ifPresent(publication -> enter(publication, step, started));
                taken.incrementAndGet();
                return;
            } catch (HubClient.Unreachable | MemberSteps.Refused e) {
                boolean away = e instanceof HubClient.Unreachable
                        || ((MemberSteps.Refused) e).status() >= 500;
                boolean waitingForReference = e instanceof MemberSteps.Refused refused
                        && refused.status() == 422 && real.instant().isBefore(referencesDue);
                if (!(away && real.instant().isBefore(giveUp)) && !waitingForReference) {
                    skipped.incrementAndGet();
                    LOG.warn("event=step_skipped step={} reason={}", describe(step), e.getMessage());
                    return;
                }
            } catch (IllegalStateException e) {
                skipped.incrementAndGet();
                LOG.warn("event=step_skipped step={} reason={}", describe(step), e.getMessage());
                return;
            }
            pause(Duration.ofMillis(250));
        }
    }

    private void enter(Publication publication, Step step, Instant started) {
        published.put(publication.key(), publication);
        boolean residents = isResidents(step);
        ledger.published(new Ledger.Item(publication.key(), publication.kind(),
                residents ? "residents" : Ledger.hub(publication.hub()), publication.apId(),
                residents && !"reply".equals(publication.kind()), started, clock.day(step.at()),
                residents ? audience.ofResidentItem(publication.hub())
                        : audience.ofHubItem(publication.hub(), publication.kind())));
    }

    /** A resident's step: sent through the residents' instance, which keeps trying until it is delivered. */
    private Publication resident(Step step) {
        ResidentsInstance residents = london.residents();
        return switch (step) {
            case Step.Reply reply -> {
                Publication target = target(reply.target());
                URI note = residents.reply(reply.resident(), URI.create(target.apId()),
                        URI.create(target.author()), reply.text());
                yield new Publication(reply.key(), "reply", target.hub(), null, note.toString(),
                        residents.actorId(reply.resident()).toString(), reply.text(), Double.NaN, Double.NaN);
            }
            case Step.Like like -> {
                Publication target = target(like.target());
                yield answer("like", like.resident(), target, residents.like(like.resident(),
                        URI.create(target.apId()), URI.create(target.author())));
            }
            case Step.Rsvp rsvp -> {
                Publication target = target(rsvp.event());
                yield answer("rsvp", rsvp.resident(), target, residents.rsvp(rsvp.resident(),
                        URI.create(target.apId()), URI.create(target.author())));
            }
            default -> throw new IllegalArgumentException("not a resident's step: " + step);
        };
    }

    /** A like or an RSVP, known by its activity's id. */
    private Publication answer(String kind, int resident, Publication target, URI activity) {
        return new Publication(kind + ":" + resident + ":" + target.key(), kind, target.hub(), null,
                activity.toString(), london.residents().actorId(resident).toString(), "", Double.NaN, Double.NaN);
    }

    private Publication target(String key) {
        Publication target = published.get(key);
        if (target == null) {
            throw new IllegalStateException("the step's target " + key + " was never published");
        }
        return target;
    }

    private int hubOf(Step step) {
        String member = memberOf(step);
        if (member != null) {
            return memberHubs.get(member);
        }
        String target = switch (step) {
            case Step.Reply s -> s.target();
            case Step.Like s -> s.target();
            case Step.Rsvp s -> s.event();
            default -> throw new IllegalArgumentException(step.toString());
        };
        return hubOfKey(target);
    }

    /** The member who takes a step, or null for a resident's. */
    static String memberOf(Step step) {
        return switch (step) {
            case Step.Post s -> s.member();
            case Step.Thread s -> s.member();
            case Step.Guide s -> s.member();
            case Step.Article s -> s.member();
            case Step.Event s -> s.member();
            case Step.Asset s -> s.member();
            case Step.Tie s -> s.member();
            case Step.Introduction s -> s.weaver();
            case Step.Reply s -> null;
            case Step.Like s -> null;
            case Step.Rsvp s -> null;
        };
    }

    /** Item keys start with their hub: {@code h3-p4}. */
    static int hubOfKey(String key) {
        int dash = key.indexOf('-');
        if (!key.startsWith("h") || dash < 2) {
            throw new IllegalArgumentException("an item key names its hub first (h3-p4): " + key);
        }
        return Integer.parseInt(key.substring(1, dash));
    }

    private static boolean isResidents(Step step) {
        return step instanceof Step.Reply || step instanceof Step.Like || step instanceof Step.Rsvp;
    }

    private static String describe(Step step) {
        String text = step.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(real.instant(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    void close() throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
            lane.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
