package london.patchwork.server.moderating;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What moderators type as a domain becomes the host the domains table keeps, or is refused. */
class DomainBlocksTest {

    @Test
    void domainsURLsAndHandlesBecomeTheirHost() {
        assertThat(DomainBlocks.normalise(" Spam.Example ")).contains("spam.example");
        assertThat(DomainBlocks.normalise("https://spam.example/@someone")).contains("spam.example");
        assertThat(DomainBlocks.normalise("@someone@spam.example")).contains("spam.example");
        assertThat(DomainBlocks.normalise("spam.example.")).contains("spam.example");
        assertThat(DomainBlocks.normalise("127.0.0.1:8123")).contains("127.0.0.1:8123");
    }

    @Test
    void whatIsNoHostIsRefused() {
        assertThat(DomainBlocks.normalise(null)).isEmpty();
        assertThat(DomainBlocks.normalise("")).isEqualTo(Optional.empty());
        assertThat(DomainBlocks.normalise("spam example")).isEmpty();
        assertThat(DomainBlocks.normalise("-spam.example")).isEmpty();
        assertThat(DomainBlocks.normalise("spam.example:port")).isEmpty();
        assertThat(DomainBlocks.normalise("%.example")).isEmpty();
    }
}
