package london.patchwork.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledContextsTest {

    @Test
    void servesEveryContextPeersUse() {
        List<String> urls = List.of(
                "https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                "https://w3id.org/security/data-integrity/v1", "https://w3id.org/security/data-integrity/v2",
                "https://w3id.org/security/multikey/v1", "https://w3id.org/identity/v1", "https://gotosocial.org/ns",
                "https://join-lemmy.org/context.json", "https://litepub.social/litepub/context.jsonld",
                "http://joinmastodon.org/ns", "https://schema.org");
        for (String url : urls) {
            JsonObject content = BundledContexts.find(url).orElseThrow().getJsonContent().orElseThrow().asJsonObject();
            assertThat(content.containsKey("@context")).as(url).isTrue();
        }
    }

    @Test
    void matchesSpellingVariantsOfTheSameUrl() {
        assertThat(BundledContexts.isBundled("http://www.w3.org/ns/activitystreams")).isTrue();
        assertThat(BundledContexts.isBundled("https://www.w3.org/ns/activitystreams#")).isTrue();
        assertThat(BundledContexts.isBundled("https://WWW.W3.ORG/ns/activitystreams/")).isTrue();
        assertThat(BundledContexts.isBundled("https://www.w3.org/ns/activitystreams.jsonld")).isTrue();
        assertThat(BundledContexts.isBundled("http://schema.org/")).isTrue();
        assertThat(BundledContexts.isBundled("https://example.org/ns/activitystreams")).isFalse();
        assertThat(BundledContexts.find("https://example.org/context.json")).isEmpty();
    }

    @Test
    void onlyActivityStreamsAndSecurityV1AreStandard() {
        assertThat(BundledContexts.isStandard("https://www.w3.org/ns/activitystreams")).isTrue();
        assertThat(BundledContexts.isStandard("https://w3id.org/security/v1")).isTrue();
        assertThat(BundledContexts.isStandard("https://w3id.org/security/data-integrity/v1")).isFalse();
        assertThat(BundledContexts.isStandard("https://join-lemmy.org/context.json")).isFalse();
    }

    @Test
    void schemaOrgSubsetDoesNotShadowActivityStreamsTerms() {
        JsonObject ctx = BundledContexts.find("http://schema.org").orElseThrow()
                .getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
        assertThat(ctx).containsKeys("PostalAddress", "address", "streetAddress", "VirtualLocation")
                .doesNotContainKeys("name", "url", "image", "Person", "Place", "Event", "location", "@vocab");
    }

    @Test
    void canonicalContextResolvesItsTerms() {
        CanonicalContext canonical = CanonicalContext.get();
        assertThat(canonical.json()).hasSize(3);
        assertThat(canonical.json().get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(canonical.term("sensitive").orElseThrow().iri()).isEqualTo("https://www.w3.org/ns/activitystreams#sensitive");
        assertThat(canonical.term("inbox").orElseThrow().iri()).isEqualTo("http://www.w3.org/ns/ldp#inbox");
        assertThat(canonical.term("publicKey").orElseThrow().isIriValued()).isTrue();
        assertThat(canonical.term("orderedItems").orElseThrow().container()).isEqualTo("@list");
        assertThat(canonical.termForIri("https://www.w3.org/ns/activitystreams#items").orElseThrow().term()).isEqualTo("items");
        assertThat(canonical.termForIri("http://schema.org#identifier").orElseThrow().term()).isEqualTo("uuid");
        assertThat(canonical.expandIri("as:Public")).isEqualTo("https://www.w3.org/ns/activitystreams#Public");
        assertThat(canonical.expandIri("https://example.org/a:b")).isEqualTo("https://example.org/a:b");
        assertThat(canonical.keepsArrays("focalPoint")).isTrue();
        assertThat(canonical.keepsArrays("to")).isFalse();
    }

    @Test
    void canonicalCopiesAreIndependent() {
        CanonicalContext canonical = CanonicalContext.get();
        canonical.json().removeAll();
        assertThat(canonical.json()).hasSize(3);
    }
}
