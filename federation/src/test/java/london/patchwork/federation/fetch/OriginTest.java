package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @Test
    void caseTrailingDotAndDefaultPortDoNotMakeAnotherOrigin() {
        URI plain = URI.create("https://example.com/users/a");

        assertThat(Origin.sameOrigin(plain, URI.create("https://Example.COM./users/b"))).isTrue();
        assertThat(Origin.sameOrigin(plain, URI.create("https://example.com:443/"))).isTrue();
        assertThat(Origin.sameOrigin(plain, URI.create("HTTPS://EXAMPLE.com"))).isTrue();
        assertThat(Origin.parse("https://Example.COM.:443/x")).contains(new Origin("https", "example.com", 443));
    }

    @Test
    void schemeOrPortOrHostMakeAnotherOrigin() {
        URI plain = URI.create("https://example.com/");

        assertThat(Origin.sameOrigin(plain, URI.create("http://example.com/"))).isFalse();
        assertThat(Origin.sameOrigin(plain, URI.create("https://example.com:8443/"))).isFalse();
        assertThat(Origin.sameOrigin(plain, URI.create("https://sub.example.com/"))).isFalse();
        assertThat(Origin.sameOrigin(plain, URI.create("https://example.com.evil.test/"))).isFalse();
        assertThat(Origin.sameHost(plain, URI.create("http://EXAMPLE.com:8080/"))).isTrue();
    }

    @Test
    void internationalisedNamesCompareInPunycode() {
        assertThat(Origin.parse("https://bücher.example/a").map(Origin::host)).contains("xn--bcher-kva.example");
        assertThat(Origin.sameOrigin(URI.create("https://bücher.example/"), URI.create("https://xn--bcher-kva.example/")))
                .isTrue();
    }

    @Test
    void ipv6LiteralsAreCanonicalised() {
        assertThat(Origin.parse("http://[0:0:0:0:0:0:0:1]:8080/").map(Origin::toString)).contains("http://[::1]:8080");
        assertThat(Origin.sameOrigin(URI.create("https://[2001:DB8::1]/"), URI.create("https://[2001:db8:0::1]:443/")))
                .isTrue();
    }

    @Test
    void authorityDropsTheDefaultPortOnly() {
        assertThat(new Origin("https", "example.com", 443).authority()).isEqualTo("example.com");
        assertThat(new Origin("http", "example.com", 443).authority()).isEqualTo("example.com:443");
        assertThat(new Origin("http", "127.0.0.1", 8080).toString()).isEqualTo("http://127.0.0.1:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@example.com", "file:///etc/passwd", "ftp://example.com/", "https:///path",
            "https://user@example.com/", "https://exa%6dple.com/", "https://example.com:0/", "https://example.com:65536/",
            "https://127.1/", "https://2130706433/", "https://0x7f.0.0.1/", "https://a..b/", "https://[::1/",
            "https://exa mple.com/", "relative/path"})
    void hasNoOriginForUnusableUrls(String url) {
        assertThat(Origin.parse(url)).as(url).isEmpty();
    }

    @Test
    void sameOriginIsFalseWhenEitherSideIsUnusable() {
        assertThat(Origin.sameOrigin(URI.create("mailto:x@example.com"), URI.create("mailto:x@example.com"))).isFalse();
        assertThat(Origin.sameOrigin(null, URI.create("https://example.com/"))).isFalse();
    }

    @Test
    void constructorRefusesNonCanonicalParts() {
        assertThatThrownBy(() -> new Origin("https", "Example.com", 443)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Origin("ftp", "example.com", 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Origin("https", "example.com", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalHostServesAcctHosts() {
        assertThat(Origin.canonicalHost("Mastodon.Social.")).contains("mastodon.social");
        assertThat(Origin.canonicalHost("exa mple")).isEmpty();
        assertThat(Origin.canonicalHost("")).isEmpty();
    }
}
