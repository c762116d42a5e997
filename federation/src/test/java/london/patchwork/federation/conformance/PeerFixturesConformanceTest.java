package london.patchwork.federation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;
import org.junit.jupiter.api.Test;

/**
 * Reads every document other fediverse servers published (../../shared/fixtures/peers), checks its
 * key fields against what the raw JSON says and against {@link PeerExpectations}, and checks that
 * writing it back and reading again gives the same record. Skips, saying so, where the shared
 * folder is absent; fails instead under {@code CI=true}.
 */
class PeerFixturesConformanceTest {

    private static final Set<String> MODELLED_TYPES = Set.of("Person", "Group", "Organization", "Service",
            "Application", "Note", "Article", "Page", "Event", "Place", "Relationship", "Question", "Tombstone",
            "Image", "Document", "Link", "Mention", "Hashtag", "Emoji", "PropertyValue", "PostalAddress", "Collection",
            "OrderedCollection", "CollectionPage", "OrderedCollectionPage", "Create", "Update", "Delete", "Follow",
            "Accept", "Reject", "TentativeAccept", "Undo", "Announce", "Like", "Add", "Remove", "Flag", "Move", "Join",
            "Leave");

    private final ActivityJson json = ActivityJson.withDefaultLimits();
    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyPeerDocumentIsReadWithItsKeyFields() throws IOException {
        Path peers = SharedFixtures.requirePeersDir();
        List<Path> documents = SharedFixtures.peerDocuments();
        Map<String, PeerExpectations.Expectation> expectations = PeerExpectations.all();
        Map<JsonLdNormaliser.Path, Integer> paths = new EnumMap<>(JsonLdNormaliser.Path.class);
        List<String> withoutExpectations = new ArrayList<>();
        List<String> notActivityStreams = new ArrayList<>();
        int fields = 0;

        for (Path file : documents) {
            String name = peers.relativize(file).toString().replace('\\', '/');
            byte[] bytes = SharedFixtures.bytes(file);
            if (!SharedFixtures.isActivityStreams(file)) {
                // WebFinger and NodeInfo documents: no type, so no record; they are refused, not guessed at.
                assertThatThrownBy(() -> json.read(bytes)).as(name).isInstanceOf(VocabException.class)
                        .hasMessageContaining("needs a type");
                notActivityStreams.add(name);
                continue;
            }
            FieldChecks checks = new FieldChecks(name);
            ApObject record = json.read(bytes);
            paths.merge(normaliser.normalise(bytes).path(), 1, Integer::sum);

            checkAgainstRawJson(mapper.readTree(bytes), record, checks);
            checks.eq("read(write(record))", json.read(json.write(record)), record);
            checks.eq("read(write(record)) through the full path",
                    json.read(json.write(record), JsonLdNormaliser.Strategy.FULL), record);

            PeerExpectations.Expectation expectation = expectations.get(name);
            if (expectation == null) {
                withoutExpectations.add(name);
            } else {
                expectation.check(record, checks);
            }
            fields += checks.count();
        }

        int read = documents.size() - notActivityStreams.size();
        System.out.printf("Peer conformance: %d documents read, %d field checks, %d with document-specific "
                        + "expectations; fast path %d, full JSON-LD path %d; %d refused as not ActivityStreams %s%n",
                read, fields, read - withoutExpectations.size(), paths.getOrDefault(JsonLdNormaliser.Path.FAST, 0),
                paths.getOrDefault(JsonLdNormaliser.Path.FULL, 0), notActivityStreams.size(), notActivityStreams);
        if (!withoutExpectations.isEmpty()) {
            System.out.println("Peer conformance: only generic checks for " + withoutExpectations);
        }
        assertThat(read).isGreaterThanOrEqualTo(expectations.size());
        assertThat(expectations.keySet()).as("expectations name existing documents")
                .allSatisfy(n -> assertThat(peers.resolve(n)).exists());
    }

    /** What any document must satisfy: id, type, actor and object as the raw JSON states them. */
    private static void checkAgainstRawJson(JsonNode raw, ApObject record, FieldChecks checks) {
        String rawId = raw.path("id").asText("");
        if (!rawId.isEmpty()) {
            checks.eq("id", unescapeBraces(String.valueOf(record.id())), rawId);
        }
        JsonNode rawType = raw.path("type");
        if (rawType.isTextual() && (MODELLED_TYPES.contains(rawType.asText()) || record.type() != null)) {
            checks.eq("type", record.type(), rawType.asText());
        }
        if (record instanceof Activity activity) {
            JsonNode actor = raw.path("actor");
            if (actor.isTextual()) {
                checks.ref("actor", activity.actor().orElse(null), actor.asText());
            }
            JsonNode object = raw.path("object");
            if (object.isTextual()) {
                checks.ref("object", activity.object().orElse(null), object.asText());
            } else if (object.path("id").isTextual()) {
                checks.ref("object", activity.object().orElse(null), object.get("id").asText());
            } else if (object.isArray()) {
                checks.eq("object count", activity.objects().size(), object.size());
            }
        }
    }

    /** Template fixtures ({@code {{DOMAIN}}}) come back percent-encoded. */
    private static String unescapeBraces(String iri) {
        return iri.replace("%7B", "{").replace("%7D", "}");
    }
}
