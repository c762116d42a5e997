package london.patchwork.server.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class WebLinksTest {

    @Test
    void onlyHttpAndHttpsAddressesWithAHostMayBeLinkedTo() {
        assertThat(WebLinks.orNull(URI.create("https://social.example/@erin"))).isEqualTo("https://social.example/@erin");
        assertThat(WebLinks.orNull(URI.create("HTTP://social.example/x"))).isEqualTo("HTTP://social.example/x");
        assertThat(WebLinks.orNull(URI.create("javascript:fetch('/organise/members')"))).isNull();
        assertThat(WebLinks.orNull(URI.create("data:text/html,<script>x</script>".replace("<", "%3C")
                .replace(">", "%3E")))).isNull();
        assertThat(WebLinks.orNull(URI.create("/relative/path"))).isNull();
        assertThat(WebLinks.orNull(null)).isNull();
    }
}
