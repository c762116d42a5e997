package london.patchwork.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpandedFormTest {

    @Test
    void schemaOrgSpellingsBecomeMastodons() {
        assertThat(ExpandedForm.alias("http://schema.org/PostalAddress")).isEqualTo("http://schema.org#PostalAddress");
        assertThat(ExpandedForm.alias("https://schema.org/address")).isEqualTo("http://schema.org#address");
        assertThat(ExpandedForm.alias("https://schema.org#value")).isEqualTo("http://schema.org#value");
        assertThat(ExpandedForm.alias("http://schema.org#value")).isEqualTo("http://schema.org#value");
    }

    @Test
    void mobilizonsSchemaLocationIsTheActivityStreamsProperty() {
        assertThat(ExpandedForm.alias("http://schema.org#location")).isEqualTo("https://www.w3.org/ns/activitystreams#location");
        assertThat(ExpandedForm.alias("https://schema.org/location")).isEqualTo("https://www.w3.org/ns/activitystreams#location");
    }

    @Test
    void activityStreamsOverPlainHttpBecomesHttps() {
        assertThat(ExpandedForm.alias("http://www.w3.org/ns/activitystreams#published"))
                .isEqualTo("https://www.w3.org/ns/activitystreams#published");
        assertThat(ExpandedForm.alias("https://example.org/ns#published")).isEqualTo("https://example.org/ns#published");
    }
}
