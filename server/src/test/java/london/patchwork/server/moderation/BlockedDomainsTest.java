package london.patchwork.server.moderation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A block covers its domain, the domain at any port, and its subdomains; nothing that merely ends alike. */
class BlockedDomainsTest {

    private static final Set<String> BLOCKED = Set.of("spam.example", "127.0.0.1:8123");

    @Test
    void aBlockCoversTheDomainItsPortsAndItsSubdomains() {
        assertThat(BlockedDomains.matches(BLOCKED, "spam.example")).isTrue();
        assertThat(BlockedDomains.matches(BLOCKED, "SPAM.example")).isTrue();
        assertThat(BlockedDomains.matches(BLOCKED, "spam.example:8443")).isTrue();
        assertThat(BlockedDomains.matches(BLOCKED, "eu.relay.spam.example")).isTrue();
        assertThat(BlockedDomains.matches(BLOCKED, "127.0.0.1:8123")).isTrue();
    }

    @Test
    void aBlockCoversNothingElse() {
        assertThat(BlockedDomains.matches(BLOCKED, "notspam.example")).isFalse();
        assertThat(BlockedDomains.matches(BLOCKED, "example")).isFalse();
        assertThat(BlockedDomains.matches(BLOCKED, "127.0.0.1:8124")).isFalse();
        assertThat(BlockedDomains.matches(BLOCKED, "[::1]:8123")).isFalse();
        assertThat(BlockedDomains.matches(BLOCKED, null)).isFalse();
        assertThat(BlockedDomains.matches(Set.of(), "spam.example")).isFalse();
    }
}
