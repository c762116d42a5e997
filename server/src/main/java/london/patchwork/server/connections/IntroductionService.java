package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.assets.AssetService;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggested introductions and the consent around them. Weavers (organisers and moderators) see suggestions and
 * propose a tie between two ends; each end answers: a member for themselves, whoever added an asset of the hub's
 * (or an organiser or moderator) for it, and an end elsewhere by answering the Offer sent to it. Once both have
 * accepted, the tie is recorded as the hub's; once either declines, the pair is never suggested again.
 */
@Singleton
public class IntroductionService {

    private final IntroductionRepository introductions;
    private final IntroductionWriter writer;
    private final ConnectionService connections;
    private final TieEnds ends;
    private final TieTypeRepository types;
    private final AssetService assets;
    private final ActorRepository actors;

    IntroductionService(IntroductionRepository introductions, IntroductionWriter writer,
                        ConnectionService connections, TieEnds ends, TieTypeRepository types, AssetService assets,
                        ActorRepository actors) {
        this.introductions = introductions;
        this.writer = writer;
        this.connections = connections;
        this.ends = ends;
        this.types = types;
        this.assets = assets;
        this.actors = actors;
    }

    /** What a weaver proposes: two ends, the type of tie, and a message both ends read. */
    public record Proposal(String type, ConnectionService.EndRef subject, ConnectionService.EndRef object,
                           String message) {
    }

    /** An introduction with its ends described, and which sides the viewer may answer. */
    public record Described(Introduction introduction, ConnectionService.EndView subject,
                            ConnectionService.EndView object, String typeName, Set<Introduction.Side> answerable) {
    }

    /** The best pairs not yet tied, proposed or declined. */
    public List<Suggestion> suggestions(int limit) {
        Set<String> proposed = introductions.all().stream()
                .map(introduction -> Suggestion.pair(introduction.subjectKey(), introduction.objectKey()))
                .collect(Collectors.toSet());
        return Suggestions.of(connections.network(), proposed, limit);
    }

    public Introduction propose(ConnectionEditor weaver, Proposal proposal) {
        if (!weaver.moderator()) {
            throw new ConnectionService.Forbidden("only organisers and moderators propose introductions");
        }
        TieInput tie = new TieInput(proposal.type(), proposal.subject(), proposal.object(), null,
                TieInput.DEFAULT_STRENGTH, proposal.message());
        Map<String, String> problems = new LinkedHashMap<>(tie.problems(new HashSet<>(
                types.ordered().stream().map(TieType::slug).toList())));
        problems.remove("note");
        if (tie.note().length() > TieInput.MAX_NOTE) {
            problems.put("message", "message must be at most " + TieInput.MAX_NOTE + " characters");
        }
        if (!problems.isEmpty()) {
            throw new ConnectionService.Invalid(problems);
        }
        ConnectionService.End subject = ends.find("subject", proposal.subject());
        ConnectionService.End object = ends.find("object", proposal.object());
        if (subject.equals(object)) {
            throw new ConnectionService.Invalid(Map.of("object", "an introduction joins two different ends"));
        }
        if (tied(subject, object)) {
            throw new ConnectionService.Invalid(Map.of("object", "these two are already connected"));
        }
        return writer.propose(weaver, tie, new IntroductionWriter.Ends(subject, ends.describe(subject).key(),
                remoteAnswerer(subject)), new IntroductionWriter.Ends(object, ends.describe(object).key(),
                remoteAnswerer(object)));
    }

    /** The viewer accepts or declines every side of the introduction they may answer for. */
    public Introduction answer(long id, ConnectionEditor who, boolean accept) {
        Introduction introduction = find(id).orElseThrow(ConnectionService.NotFound::new);
        Set<Introduction.Side> sides = answerable(introduction, who);
        if (sides.isEmpty()) {
            throw new ConnectionService.Forbidden(introduction.pending() ? "this introduction does not wait for you"
                    : "this introduction is already " + introduction.status());
        }
        return writer.answer(id, sides, accept, who);
    }

    public Optional<Introduction> find(long id) {
        return introductions.findById(id);
    }

    /** Newest first: what the weavers proposed and peers offered. */
    public List<Introduction> latest(int limit) {
        return introductions.latest(limit);
    }

    /** What waits for this viewer's answer: their own, their assets', and for organisers every asset's here. */
    public List<Introduction> awaiting(ConnectionEditor who) {
        Map<Long, Introduction> found = new LinkedHashMap<>();
        if (who.actorId() != null) {
            introductions.awaiting(who.actorId()).forEach(introduction -> found.put(introduction.id(), introduction));
        }
        if (who.moderator()) {
            introductions.awaitingForAssets().forEach(introduction -> found.putIfAbsent(introduction.id(),
                    introduction));
        }
        List<Introduction> listed = new ArrayList<>(found.values());
        listed.sort((a, b) -> Long.compare(a.id(), b.id()));
        return listed;
    }

    /**
     * The sides still pending that this viewer answers for here: their own account, or an asset of the hub's they
     * added (any for organisers and moderators). A side sent an Offer is answered only by that Offer's addressee.
     */
    public Set<Introduction.Side> answerable(Introduction introduction, ConnectionEditor who) {
        Set<Introduction.Side> sides = EnumSet.noneOf(Introduction.Side.class);
        if (!introduction.pending()) {
            return sides;
        }
        for (Introduction.Side side : Introduction.Side.values()) {
            ConnectionService.End end = introduction.end(side);
            if (!Introduction.PENDING.equals(introduction.answer(side)) || introduction.offerUri(side) != null) {
                continue;
            }
            boolean own = end.actorId() != null && end.actorId().equals(who.actorId());
            boolean forAsset = end.assetId() != null && assets.entry(end.assetId())
                    .filter(asset -> asset.uri() == null).isPresent()
                    && (who.moderator() || assets.addedBy(end.assetId()).equals(Optional.ofNullable(who.actorId())));
            if (own || forAsset) {
                sides.add(side);
            }
        }
        return sides;
    }

    public Described describe(Introduction introduction, ConnectionEditor viewer) {
        String typeName = types.findBySlug(introduction.type()).map(TieType::name)
                .orElse(introduction.type().replace('-', ' '));
        return new Described(introduction, end(introduction, Introduction.Side.SUBJECT),
                end(introduction, Introduction.Side.OBJECT), typeName, answerable(introduction, viewer));
    }

    private ConnectionService.EndView end(Introduction introduction, Introduction.Side side) {
        ConnectionService.End end = introduction.end(side);
        if (end.assetId() == null && end.actorId() == null) {
            String key = introduction.key(side);
            return new ConnectionService.EndView(key, key, "elsewhere", null, key, false);
        }
        return ends.describe(end);
    }

    /** The actor elsewhere who answers for an end: the account itself, or whoever published a peer's asset. */
    @Nullable
    private Actor remoteAnswerer(ConnectionService.End end) {
        if (end.actorId() != null) {
            return actors.findById(end.actorId()).filter(actor -> !actor.local()).orElse(null);
        }
        boolean peers = assets.entry(end.assetId()).filter(asset -> asset.uri() != null).isPresent();
        return peers ? assets.addedBy(end.assetId()).flatMap(actors::findById).filter(actor -> !actor.local())
                .orElse(null) : null;
    }

    private boolean tied(ConnectionService.End subject, ConnectionService.End object) {
        List<Tie> around = subject.assetId() != null ? connections.ofAsset(subject.assetId())
                : connections.ofActor(subject.actorId());
        return around.stream().anyMatch(tie -> tie.subject().equals(object) || tie.object().equals(object));
    }
}
