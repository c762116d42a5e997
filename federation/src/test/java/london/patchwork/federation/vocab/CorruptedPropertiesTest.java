package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.CanonicalContext;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import london.patchwork.federation.jsonld.TermDefinition;
import org.junit.jupiter.api.Test;

/**
 * Lenient reading, checked on every real peer document: corrupting one optional property (or one
 * property of an embedded object) must give the same record as removing it, on both normalisation
 * paths. "The same" means equal typed fields at every depth, and equal extras once the corrupted
 * property (and the compact IRI JSON-LD may move it to) is taken out of them: a dropped value is kept
 * in the extras, or dropped altogether where JSON-LD cannot hold it.
 *
 * <p>Each corruption is applied only where it is malformed: a string that is no IRI is a fine name, a
 * nested object is a fine embedded object where an IRI is expected, and {@code "not-a-date"} is a
 * fine relative IRI.
 */
class CorruptedPropertiesTest {

    /** Identity, never read leniently (IdentityStaysStrictTest); and keys' own parts. */
    private static final Set<String> IDENTITY = Set.of("@context", "id", "type", "actor", "attributedTo", "inbox",
            "publicKey", "assertionMethod", "owner", "controller", "publicKeyPem", "publicKeyMultibase");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CanonicalContext CANONICAL = CanonicalContext.get();

    /** The corruptions, each a value of one kind. */
    enum Corruption {
        BAD_IRI(JsonNodeFactory.instance.textNode("https://exa mple.org/a#b#c%zz")),
        NUMBER(JsonNodeFactory.instance.numberNode(5)),
        OBJECT(JsonNodeFactory.instance.objectNode().put("junk", true)),
        NOT_A_DATE(JsonNodeFactory.instance.textNode("not-a-date"));

        final JsonNode value;

        Corruption(JsonNode value) {
            this.value = value;
        }
    }

    /** What the reader expects under a property, and so which corruptions are malformed there. */
    enum Kind {
        IRI(Corruption.BAD_IRI, Corruption.NUMBER),
        TEXT(Corruption.NUMBER, Corruption.OBJECT),
        DATE(Corruption.values()),
        BOOLEAN(Corruption.values()),
        NUMBER(Corruption.BAD_IRI, Corruption.OBJECT, Corruption.NOT_A_DATE),
        LANGUAGE_MAP(Corruption.values()),
        NESTED_OBJECT(Corruption.BAD_IRI, Corruption.NUMBER, Corruption.NOT_A_DATE),
        TEXT_OR_OBJECT(Corruption.NUMBER),
        NOT_MODELLED(Corruption.values());

        final Set<Corruption> malformed;

        Kind(Corruption... malformed) {
            this.malformed = EnumSet.copyOf(List.of(malformed));
        }
    }

    private static final Map<String, Kind> KINDS = kinds();

    private static Map<String, Kind> kinds() {
        Map<String, Kind> k = new HashMap<>();
        for (String p : List.of("to", "cc", "bto", "bcc", "audience", "url", "inReplyTo", "context", "tag", "attachment",
                "icon", "image", "replies", "likes", "shares", "location", "outbox", "followers", "following", "liked",
                "featured", "featuredTags", "moderators", "alsoKnownAs", "movedTo", "object", "target", "origin", "result",
                "instrument", "items", "orderedItems", "first", "last", "current", "partOf", "next", "prev", "subject",
                "relationship", "oneOf", "anyOf", "href", "sharedInbox")) {
            k.put(p, Kind.IRI);
        }
        for (String p : List.of("name", "summary", "content", "mediaType", "conversation", "preferredUsername", "timezone",
                "joinMode", "category", "ical:status", "uuid", "blurhash", "units", "formerType", "rel", "hreflang", "value",
                "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")) {
            k.put(p, Kind.TEXT);
        }
        for (String p : List.of("published", "updated", "startTime", "endTime", "closed", "deleted")) {
            k.put(p, Kind.DATE);
        }
        for (String p : List.of("sensitive", "manuallyApprovesFollowers", "discoverable", "indexable", "suspended", "memorial",
                "postingRestrictedToMods", "isOnline", "commentsEnabled", "anonymousParticipationEnabled")) {
            k.put(p, Kind.BOOLEAN);
        }
        for (String p : List.of("totalItems", "startIndex", "votersCount", "width", "height", "focalPoint", "latitude",
                "longitude", "altitude", "accuracy", "radius", "maximumAttendeeCapacity", "remainingAttendeeCapacity",
                "participantCount")) {
            k.put(p, Kind.NUMBER);
        }
        for (String p : List.of("nameMap", "summaryMap", "contentMap")) {
            k.put(p, Kind.LANGUAGE_MAP);
        }
        k.put("source", Kind.NESTED_OBJECT);
        k.put("endpoints", Kind.NESTED_OBJECT);
        k.put("address", Kind.TEXT_OR_OBJECT);
        return Map.copyOf(k);
    }

    private final ActivityJson json = ActivityJson.withDefaultLimits();
    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();
    private final VocabEncoder typedOnly = new VocabEncoder(false);
    private final List<String> mismatches = new ArrayList<>();
    private int comparisons;
    private int topLevelProperties;
    private int nestedProperties;
    private List<Strategy> strategies;

    @Test
    void corruptingAnOptionalPropertyIsTheSameAsLeavingItOut() throws Exception {
        Path peers = SharedFixtures.requirePeersDir();
        List<Path> files = SharedFixtures.peerDocuments();
        Map<String, String> skipped = new LinkedHashMap<>();
        int documents = 0;
        for (Path file : files) {
            String name = peers.relativize(file).toString().replace('\\', '/');
            if (!SharedFixtures.isActivityStreams(file)) {
                skipped.put(name, "no type: not an ActivityStreams document (WebFinger, NodeInfo)");
                continue;
            }
            ObjectNode document = (ObjectNode) MAPPER.readTree(SharedFixtures.bytes(file));
            documents++;
            // A standard document takes the fast path under AUTO, so FULL checks Titanium too; any other takes
            // the full path under AUTO already.
            strategies = normaliser.isStandard(document) ? List.of(Strategy.AUTO, Strategy.FULL) : List.of(Strategy.AUTO);
            for (String property : names(document)) {
                if (!IDENTITY.contains(property)) {
                    topLevelProperties++;
                    check(name, document, property, null, property);
                }
                JsonNode value = document.get(property);
                ObjectNode embedded = value.isObject() ? (ObjectNode) value
                        : value.isArray() && !value.isEmpty() && value.get(0).isObject() ? (ObjectNode) value.get(0) : null;
                if (embedded == null || property.equals("@context") || KINDS.get(property) == Kind.LANGUAGE_MAP) {
                    continue; // a language map is not an embedded object: its keys are languages
                }
                for (String inner : names(embedded)) {
                    if (!IDENTITY.contains(inner)) {
                        nestedProperties++;
                        check(name, document, property, inner, property + (value.isArray() ? "[0]." : ".") + inner);
                    }
                }
            }
        }

        System.out.printf("Corruption test: %d documents (%d skipped: %s), %d top-level and %d embedded optional "
                        + "properties, %d corrupted-vs-removed comparisons (fast and full path for standard documents, full for "
                        + "the others), %d mismatches%n",
                documents, skipped.size(), skipped.keySet(), topLevelProperties, nestedProperties, comparisons,
                mismatches.size());
        if (!mismatches.isEmpty()) {
            java.nio.file.Files.write(Path.of("target", "corruption-mismatches.txt"), mismatches);
        }
        assertThat(documents).as("peer documents checked").isPositive();
        assertThat(comparisons).as("comparisons made").isGreaterThan(documents);
        assertThat(mismatches).as("corrupted documents that did not read as the property left out (all of them in "
                + "target/corruption-mismatches.txt)").isEmpty();
    }

    /**
     * Compares, for each malformed corruption of {@code document.outer(.inner)}, the record read from the
     * corrupted document with the one read without the property.
     */
    private void check(String name, ObjectNode document, String outer, String inner, String where) {
        String property = inner == null ? outer : inner;
        Kind kind = KINDS.getOrDefault(property, Kind.NOT_MODELLED);
        for (Strategy strategy : strategies) {
            ApObject without = read(edit(document, outer, inner, o -> o.remove(property)), strategy, name, where, "removed");
            if (without == null) {
                continue;
            }
            for (Corruption corruption : kind.malformed) {
                String label = name + " " + where + "=" + corruption + " (" + strategy + ")";
                ApObject corrupted = read(edit(document, outer, inner, o -> o.set(property, corruption.value.deepCopy())),
                        strategy, name, where, corruption.name());
                comparisons++;
                if (corrupted == null) {
                    continue;
                }
                compare(label, corrupted, without, outer);
            }
        }
    }

    /**
     * Equal classes, equal typed fields at every depth, and equal extras apart from the top-level
     * property that was corrupted or whose embedded object was (typed, the embedded object's own
     * extras are not compared; untyped, the property is in the extras with or without the value).
     */
    private void compare(String label, ApObject corrupted, ApObject without, String topLevelProperty) {
        if (corrupted.getClass() != without.getClass()) {
            mismatches.add(label + ": read as " + corrupted.getClass().getSimpleName() + ", not "
                    + without.getClass().getSimpleName());
            return;
        }
        ObjectNode typedCorrupted = typedOnly.body(corrupted);
        ObjectNode typedWithout = typedOnly.body(without);
        if (!typedCorrupted.equals(typedWithout)) {
            mismatches.add(label + ": typed fields differ: " + typedCorrupted + " vs " + typedWithout);
            return;
        }
        Map<String, JsonNode> extraCorrupted = corrupted.extra().asMap();
        Map<String, JsonNode> extraWithout = without.extra().asMap();
        extraCorrupted.keySet().removeIf(key -> sameProperty(key, topLevelProperty));
        extraWithout.keySet().removeIf(key -> sameProperty(key, topLevelProperty));
        if (!extraCorrupted.equals(extraWithout) || !corrupted.extra().types().equals(without.extra().types())) {
            mismatches.add(label + ": extras differ: " + extraCorrupted + " vs " + extraWithout);
        }
    }

    /**
     * The property itself, where JSON-LD moves its literals ({@code as:url}), another term for it
     * ({@code content} for {@code contentMap}), or the compact or full IRI a term of a context we do not
     * bundle comes back as ({@code mz:todos}, {@code https://misskey.io/ns#isCat}).
     */
    private static boolean sameProperty(String key, String property) {
        int localStart = Math.max(key.lastIndexOf(':'), Math.max(key.lastIndexOf('#'), key.lastIndexOf('/'))) + 1;
        if (key.equals(property) || key.substring(localStart).equals(property)) {
            return true;
        }
        String iri = CANONICAL.term(property).map(TermDefinition::iri).orElse(CANONICAL.expandIri(property));
        String keyIri = CANONICAL.term(key).map(TermDefinition::iri).orElse(CANONICAL.expandIri(key));
        return keyIri.equals(iri);
    }

    private ApObject read(ObjectNode document, Strategy strategy, String name, String where, String what) {
        try {
            return json.read(MAPPER.writeValueAsBytes(document), strategy);
        } catch (VocabException e) {
            mismatches.add(name + " " + where + "=" + what + " (" + strategy + "): refused: " + e.getMessage());
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code document} with {@code change} applied to it, or to the object embedded under {@code outer}. */
    private static ObjectNode edit(ObjectNode document, String outer, String inner, Consumer<ObjectNode> change) {
        ObjectNode copy = document.deepCopy();
        if (inner == null) {
            change.accept(copy);
        } else {
            JsonNode value = copy.get(outer);
            change.accept((ObjectNode) (value.isArray() ? value.get(0) : value));
        }
        return copy;
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
