package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchTargetTest {

    @Test
    void dropsTheFragmentAndKeepsPathAndQueryForTheRequestLine() throws Exception {
        FetchTarget target = FetchTarget.parse("https://Hub.Example/users/alice?page=2#main-key");

        assertThat(target.uri()).hasToString("https://Hub.Example/users/alice?page=2");
        assertThat(target.requestTarget()).isEqualTo("/users/alice?page=2");
        assertThat(target.origin()).isEqualTo(new Origin("https", "hub.example", 443));
        assertThat(target.wireUri()).hasToString("https://hub.example/users/alice?page=2");
    }

    @Test
    void emptyPathBecomesSlashAndNonAsciiIsPercentEncodedOnTheWire() throws Exception {
        assertThat(FetchTarget.parse("https://example.com").requestTarget()).isEqualTo("/");
        assertThat(FetchTarget.of(URI.create("https://example.com/tags/café")).requestTarget())
                .isEqualTo("/tags/caf%C3%A9");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "file:///etc/passwd",
            "data:text/plain,hello",
            "ftp://example.com/",
            "gopher://example.com/",
            "javascript:alert(1)",
            "//example.com/no-scheme",
            "https://user:pass@example.com/",
            "https://user@example.com/",
            "https://example.com/a\r\nX-Injected: 1",
            "https://example.com/a\nb",
            "https://example.com/a b",
            "https://example.com\\@evil.test/",
            "https://example.com/\u0000",
            "https://127.1/",
            "https:///nohost",
            "https://example.com:99999/",
            ""
    })
    void refusesUrlsThatAreNotPlainHttpOrHttps(String url) {
        assertThatThrownBy(() -> FetchTarget.parse(url)).as(url).isInstanceOf(FetchException.BadUrl.class);
    }

    @Test
    void refusesOverlongUrls() {
        String url = "https://example.com/" + "a".repeat(9000);

        assertThatThrownBy(() -> FetchTarget.parse(url)).isInstanceOf(FetchException.BadUrl.class)
                .hasMessageContaining("longer");
    }

    @Test
    void resolvesRelativeAndAbsoluteRedirects() throws Exception {
        FetchTarget start = FetchTarget.parse("https://example.com/users/alice");

        assertThat(start.redirect("/@alice").uri()).hasToString("https://example.com/@alice");
        assertThat(start.redirect("bob").uri()).hasToString("https://example.com/users/bob");
        assertThat(start.redirect("https://other.example/x").uri()).hasToString("https://other.example/x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "https://a@b.example/", "/next\r\nSet-Cookie: x", "  "})
    void refusesBadRedirectLocations(String location) throws Exception {
        FetchTarget start = FetchTarget.parse("https://example.com/users/alice");

        assertThatThrownBy(() -> start.redirect(location)).isInstanceOf(FetchException.BadUrl.class);
    }

    @Test
    void canonicalConstructorCannotBypassTheChecks() {
        URI uri = URI.create("https://example.com/a");
        Origin origin = new Origin("https", "example.com", 443);

        assertThatThrownBy(() -> new FetchTarget(uri, origin, "/a\r\nX: y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchTarget(uri, new Origin("https", "other.example", 443), "/a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
