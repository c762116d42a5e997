package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import london.patchwork.federation.jsonld.CanonicalContext;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.jsonld.TermDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a value that cannot be read refuses the document, and how a value that is dropped instead is
 * logged. The strict properties are identity ({@link JsonLdNormaliser#IDENTITY_TERMS}: an activity's
 * actor, an object's author, an actor's inbox and keys) and the parts of a key; see
 * docs/federation/vocabulary.md, "Lenient reading, strict identity".
 */
final class Strictness {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityJson.class);
    private static final CanonicalContext CANONICAL = CanonicalContext.get();
    private static final Set<String> STRICT = strict();

    private Strictness() {
    }

    private static Set<String> strict() {
        Set<String> keys = new HashSet<>(JsonLdNormaliser.IDENTITY_TERMS);
        keys.addAll(List.of("owner", "controller", "publicKeyPem", "publicKeyMultibase"));
        return Set.copyOf(keys);
    }

    /** @return true when a malformed value of {@code key} refuses the document */
    static boolean isStrict(String key) {
        return STRICT.contains(key);
    }

    /**
     * JSON-LD moves a number or boolean given under an IRI-valued term to the term's compact IRI
     * ({@code "actor": 5} becomes {@code "as:actor": 5}), where it no longer looks like the property.
     * A strict property given only as such a literal is a malformed identity all the same; beside a
     * readable value ({@code "inbox": [iri, true]}) the literal is merely set aside. Call this when
     * {@code key} gave nothing readable.
     *
     * @throws VocabException when {@code key} is strict and its literal was moved aside
     */
    static void refuseLiteralsAside(ObjectNode node, String path, String key) {
        if (!STRICT.contains(key)) {
            return;
        }
        String iri = CANONICAL.term(key).map(TermDefinition::iri).orElse(null);
        for (Iterator<String> names = node.fieldNames(); iri != null && names.hasNext(); ) {
            String name = names.next();
            if (name.indexOf(':') > 0 && CANONICAL.expandIri(name).equals(iri)) {
                throw new VocabException(VocabException.Reason.INVALID_VALUE,
                        path + key + " holds a number or boolean where an IRI is expected", null);
            }
        }
    }

    /** Logs at DEBUG that the value of {@code path + key} was dropped, and why; never the document. */
    static void dropped(String path, String key, String reason) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("event=vocab_field_dropped step=record property={}{} reason=\"{}\"", path, key, loggable(reason));
        }
    }

    /** No quotes or line breaks from a peer's value reach the log line. */
    private static String loggable(String reason) {
        StringBuilder out = new StringBuilder(reason.length());
        reason.codePoints().forEach(c -> out.appendCodePoint(c == '"' ? '\'' : Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
