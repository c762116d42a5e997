package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeTest {

    private final FetchPolicy policy = FetchPolicy.defaults("test");

    @ParameterizedTest
    @ValueSource(strings = {
            "application/activity+json",
            "application/activity+json; charset=utf-8",
            "Application/Activity+JSON",
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            "application/ld+json;profile=\"https://www.w3.org/ns/activitystreams https://w3id.org/security/v1\"",
            "application/ld+json; charset=utf-8; profile=https://www.w3.org/ns/activitystreams"
    })
    void acceptsActivityPubTypes(String header) {
        assertThat(MediaType.parse(header)).hasValueSatisfying(type -> assertThat(type.isActivityPub()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "application/json",
            "application/ld+json",
            "application/ld+json; profile=\"https://example.com/other\"",
            "text/html; charset=utf-8",
            "application/activity+jsonx"
    })
    void refusesOtherTypesForActivityPub(String header) {
        assertThat(MediaType.parse(header).map(type -> DocumentKind.ACTIVITY_PUB.accepts(type, policy))).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "application/activity+json",
            "Application/Activity+JSON; charset=UTF-8",
            "application/ld+json",
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            "APPLICATION/LD+JSON;profile=\"https://example.com/other\"",
            "application/json",
            " application/json ; charset=utf-8",
            "application/activity+json; unparseable parameter"
    })
    void anInboxTakesActivityJsonLdJsonAndPlainJsonWithAnyParameters(String header) {
        assertThat(MediaType.isActivityPubBody(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "text/html", "application/x-www-form-urlencoded", "application/activity+jsonx", "application/jrd+json",
            "multipart/form-data; boundary=x", "application/json garbage", "json"
    })
    void anInboxRefusesOtherBodies(String header) {
        assertThat(MediaType.isActivityPubBody(header)).isFalse();
    }

    @Test
    void anInboxRefusesABodyWithoutAType() {
        assertThat(MediaType.isActivityPubBody(null)).isFalse();
    }

    @Test
    void plainJsonIsAcceptedForActivityPubOnlyWhenThePolicySaysSo() {
        MediaType json = MediaType.parse("application/json; charset=utf-8").orElseThrow();

        assertThat(DocumentKind.ACTIVITY_PUB.accepts(json, policy)).isFalse();
        assertThat(DocumentKind.ACTIVITY_PUB.accepts(json, policy.withPlainJsonForActivityPub(true))).isTrue();
    }

    @Test
    void webFingerAndNodeInfoTakeAnyJson() {
        MediaType jrd = MediaType.parse("application/jrd+json").orElseThrow();
        MediaType json = MediaType.parse("application/json").orElseThrow();
        MediaType nodeInfo = MediaType.parse(
                "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"").orElseThrow();
        MediaType html = MediaType.parse("text/html").orElseThrow();

        assertThat(DocumentKind.WEBFINGER.accepts(jrd, policy)).isTrue();
        assertThat(DocumentKind.WEBFINGER.accepts(json, policy)).isTrue();
        assertThat(DocumentKind.NODEINFO.accepts(nodeInfo, policy)).isTrue();
        assertThat(DocumentKind.NODEINFO.accepts(html, policy)).isFalse();
    }

    @Test
    void parsesQuotedParametersAndKeepsTheFirstOfARepeatedOne() {
        MediaType type = MediaType.parse("Application/LD+JSON; Profile=\"a \\\"b\\\"\"; profile=second").orElseThrow();

        assertThat(type.essence()).isEqualTo("application/ld+json");
        assertThat(type.parameters()).containsEntry("profile", "a \"b\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "json", "/json", "application/", "application/json; profile=\"unterminated",
            "application/json; =x", "appli cation/json", "application/json; a b=c"})
    void rejectsMalformedMediaTypes(String header) {
        assertThat(MediaType.parse(header)).isEmpty();
    }
}
