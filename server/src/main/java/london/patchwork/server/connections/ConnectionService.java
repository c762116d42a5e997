package london.patchwork.server.connections;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Records, changes and removes ties between assets and people, and reads the whole network. The ends a member names
 * are found first (which may go to the network for an account), then the tie is written in one transaction that
 * also publishes {@link Changed}.
 */
@Singleton
public class ConnectionService {

    private final TieWriter writer;
    private final TieEnds ends;
    private final TieRepository ties;
    private final TieTypeRepository types;
    private final NetworkReader network;
    // A provider: the export reads its ties through this service.
    private final BeanProvider<NetworkExport> export;
    private final Uris uris;

    ConnectionService(TieWriter writer, TieEnds ends, TieRepository ties, TieTypeRepository types,
                      NetworkReader network, BeanProvider<NetworkExport> export, Uris uris) {
        this.export = export;
        this.uris = uris;
        this.writer = writer;
        this.ends = ends;
        this.ties = ties;
        this.types = types;
        this.network = network;
    }

    /** One end of a tie: an asset here (the hub's own or a peer's) or an actor (a member or someone elsewhere). */
    public record End(@Nullable Long assetId, @Nullable Long actorId) {
    }

    /**
     * An end as someone names it: {@code asset} is an asset's id or address (this hub's page, or a peer's
     * {@code Place} id); {@code account} a member's name, a handle or an actor's address. Exactly one is given.
     */
    public record EndRef(@Nullable String asset, @Nullable String account) {

        public static EndRef asset(long id) {
            return new EndRef(Long.toString(id), null);
        }

        public static EndRef account(String account) {
            return new EndRef(null, account);
        }
    }

    /**
     * An end as pages and datasets show it.
     *
     * @param key   its id on the network: the asset's page or {@code Place} id, or the actor's id
     * @param kind  the asset's kind, or {@code member} for an account
     * @param url   where a person reads about it
     * @param local whether it is this hub's own
     */
    public record EndView(String key, String name, String kind, @Nullable String category, @Nullable String url,
                          boolean local) {
    }

    /** A tie with its ends described. */
    public record Described(Tie tie, EndView subject, EndView object, TieType type) {
    }

    /**
     * A tie of this hub (or a peer's, once kept here) was recorded, changed or removed. Published inside the writing
     * transaction, so what listeners write (an activity, a mark that the network's figures are stale) commits with it.
     */
    public record Changed(Kind kind, Tie tie) {
        public enum Kind { CREATED, EDITED, DELETED }
    }

    /** The input was not right: field name to reason. */
    public static final class Invalid extends RuntimeException {
        private final transient Map<String, String> errors;

        public Invalid(Map<String, String> errors) {
            super(String.join("; ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    public static final class NotFound extends RuntimeException {
        NotFound() {
            super("no such connection");
        }
    }

    public static final class Forbidden extends RuntimeException {
        Forbidden(String reason) {
            super(reason);
        }
    }

    /**
     * A tie as an import hands it over, between two assets it adds in the same transaction (so their ids are not
     * known while the import is checked).
     *
     * @param mutual   null: as the type says
     * @param strength null: {@link TieInput#DEFAULT_STRENGTH}
     */
    public record Draft(String type, @Nullable Boolean mutual, @Nullable Integer strength, String note) {

        TieInput input(long subjectAsset, long objectAsset) {
            return new TieInput(type, EndRef.asset(subjectAsset), EndRef.asset(objectAsset), mutual,
                    strength == null ? TieInput.DEFAULT_STRENGTH : strength, note);
        }
    }

    /**
     * Checks drafts' own fields (type, strength, note) against the hub's tie types as they are now, read once for a
     * whole import: field name to reason, empty when the draft may be saved between two different assets.
     */
    public Function<Draft, Map<String, String>> draftChecks() {
        Set<String> slugs = new HashSet<>(types.ordered().stream().map(TieType::slug).toList());
        return draft -> draft.input(1, 2).problems(slugs);
    }

    /**
     * Records an imported tie between two assets, in the caller's transaction (the import's).
     *
     * @param actorId the member who imported it, or null for the organiser token (the hub)
     * @return the new tie's id
     */
    @Transactional
    public long createImported(@Nullable Long actorId, Draft draft, long subjectAsset, long objectAsset) {
        return create(new ConnectionEditor(actorId, true), draft.input(subjectAsset, objectAsset)).id();
    }

    public Tie create(ConnectionEditor editor, TieInput input) {
        check(input);
        End subject = ends.find("subject", input.subject());
        End object = ends.find("object", input.object());
        if (subject.equals(object)) {
            throw new Invalid(Map.of("object", "a connection joins two different ends"));
        }
        return writer.create(author(editor), input, subject, object, mutual(input));
    }

    /** A tie between ends already found, such as the two an introduction joined once both accepted. */
    Tie create(ConnectionEditor editor, TieInput input, End subject, End object) {
        check(input);
        return writer.create(author(editor), input, subject, object, mutual(input));
    }

    public Tie edit(long id, ConnectionEditor editor, TieInput input) {
        check(input);
        End subject = ends.find("subject", input.subject());
        End object = ends.find("object", input.object());
        if (subject.equals(object)) {
            throw new Invalid(Map.of("object", "a connection joins two different ends"));
        }
        return writer.edit(id, editor, input, subject, object, mutual(input));
    }

    public void delete(long id, ConnectionEditor editor) {
        writer.delete(id, editor);
    }

    /**
     * How many live ties are kept here from an origin ({@code scheme://host[:port]}), or are this hub's own when
     * {@code origin} is null: for the hubs directory, one indexed count.
     */
    public long count(@Nullable String origin) {
        return origin == null ? ties.countLocal() : ties.countUnder(Sql.under(origin));
    }

    public Optional<Tie> find(long id) {
        return ties.findById(id).filter(tie -> !tie.deleted());
    }

    public Optional<Tie> findByUri(String uri) {
        return ties.findByUri(uri).filter(tie -> !tie.deleted());
    }

    public Described describe(Tie tie) {
        TieType type = types.findBySlug(tie.type()).orElseThrow();
        return new Described(tie, ends.describe(tie.subject()), ends.describe(tie.object()), type);
    }

    public EndView describe(End end) {
        return ends.describe(end);
    }

    /** The live ties touching an asset, either way round. */
    public List<Tie> ofAsset(long assetId) {
        return ties.ofAsset(assetId);
    }

    /** The live ties touching an actor, either way round. */
    public List<Tie> ofActor(long actorId) {
        return ties.ofActor(actorId);
    }

    /** Live ties by id, after {@code afterId}, optionally of one type: one more than {@code limit} when more follow. */
    public List<Tie> page(@Nullable String type, long afterId, int limit) {
        return network.page(type, afterId, limit + 1);
    }

    public List<TieType> types() {
        return types.ordered();
    }

    /** Adds a hub-defined type; organisers and moderators only. */
    public TieType addType(ConnectionEditor editor, String slug, String name, boolean mutual) {
        return writer.addType(editor, slug, name, mutual);
    }

    /** The whole network as it stands: every asset on the map, every account in a tie, every live tie. */
    public Network network() {
        return network.read();
    }

    /**
     * Every tie held here (the hub's own and peers') as the connections CSV, with three more columns saying where each
     * comes from: {@code origin_hub} (what {@code hubNames} calls its origin, the origin itself when it says nothing),
     * {@code origin} ({@code scheme://host[:port]}) and {@code original_id} (its {@code Relationship}'s id; the hub's
     * own tie's is its page). For the pan-London Hub's datasets.
     */
    public String heldCsv(Function<String, String> hubNames) {
        return NetworkFormats.connectionsCsv(export.get().snapshot(), id -> uris.page("/connections/" + id).toString(),
                List.of("origin_hub", "origin", "original_id"), (tie, id) -> {
                    URI uri = URI.create(id);
                    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
                    String hub = hubNames.apply(origin);
                    return List.of(hub == null ? origin : hub, origin, id);
                });
    }

    /** The whole network held here (every hub's ties) as GraphML, as {@code /datasets/network.graphml} serves it. */
    public String graphml() {
        return NetworkFormats.graphml(export.get().snapshot());
    }

    /**
     * The whole network for views across hubs: every node by its key (an asset's page or {@code Place} id, an
     * actor's id, so the key's origin is the hub that holds it) and every live tie between two of them.
     */
    public record Web(List<WebNode> nodes, List<WebTie> ties) {
    }

    /** @param kind an asset's kind, or {@code member} */
    public record WebNode(String key, String name, String kind, @Nullable String category, String url) {
    }

    /** A tie from its subject's key to its object's. */
    public record WebTie(long id, String from, String to, String type, boolean mutual, int strength) {
    }

    public Web web() {
        Network read = network.read();
        return new Web(read.nodes().stream().map(node -> new WebNode(node.key(), node.name(), node.kind(),
                node.category(), node.url())).toList(), read.links().stream().map(link -> new WebTie(link.tieId(),
                link.from(), link.to(), link.type(), link.mutual(), link.strength())).toList());
    }

    private void check(TieInput input) {
        Map<String, String> problems = input.problems(new HashSet<>(
                types.ordered().stream().map(TieType::slug).toList()));
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    private boolean mutual(TieInput input) {
        return input.mutual() != null ? input.mutual()
                : types.findBySlug(input.type()).map(TieType::mutual).orElse(false);
    }

    private long author(ConnectionEditor editor) {
        return editor.actorId() != null ? editor.actorId() : ends.hub().id();
    }
}
