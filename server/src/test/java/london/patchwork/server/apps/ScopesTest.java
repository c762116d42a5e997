package london.patchwork.server.apps;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Mastodon's scope hierarchy and what the security rule makes of it. */
class ScopesTest {

    private static Scopes scopes(String text) {
        return Scopes.parse(text, Scopes.DEFAULT).scopes().orElseThrow();
    }

    @Test
    void readAndWriteHoldTheirSubScopesAndNothingElse() {
        assertThat(scopes("read").allows("read:statuses")).isTrue();
        assertThat(scopes("read").allows("read")).isTrue();
        assertThat(scopes("read").allows("write:statuses")).isFalse();
        assertThat(scopes("write").allows("write:media")).isTrue();
        assertThat(scopes("write").allows("read:accounts")).isFalse();
        assertThat(scopes("read:statuses").allows("read")).isFalse();
        assertThat(scopes("read:statuses").allows("read:notifications")).isFalse();
    }

    @Test
    void followHoldsFollowsBlocksAndMutesOnly() {
        Scopes follow = scopes("follow");
        assertThat(follow.allows("read:follows")).isTrue();
        assertThat(follow.allows("write:follows")).isTrue();
        assertThat(follow.allows("write:blocks")).isTrue();
        assertThat(follow.allows("write:mutes")).isTrue();
        assertThat(follow.allows("read:blocks")).isFalse();
        assertThat(follow.allows("write:statuses")).isFalse();
    }

    @Test
    void profileIsHeldByReadAndReadAccountsButHoldsNothingElse() {
        assertThat(scopes("profile").allows("profile")).isTrue();
        assertThat(scopes("profile").allows("read:accounts")).isFalse();
        assertThat(scopes("read").allows("profile")).isTrue();
        assertThat(scopes("read:accounts").allows("profile")).isTrue();
        assertThat(scopes("write").allows("profile")).isFalse();
    }

    @Test
    void unknownScopesAreRefusedAndBlankMeansTheDefault() {
        assertThat(Scopes.parse("read admin:read", Scopes.DEFAULT).problem()).contains("admin:read");
        assertThat(Scopes.parse("", Scopes.DEFAULT).scopes()).contains(Scopes.DEFAULT);
        assertThat(scopes("write+read  follow").text()).isEqualTo("read write follow");
        assertThat(scopes("read write").covers(scopes("read:statuses write"))).isTrue();
        assertThat(scopes("read").covers(scopes("read write"))).isFalse();
    }

    @Test
    void theRuleLetsAnAppIntoScopedAndOpenEndpointsOnly() {
        String[] member = {"MEMBER"};
        String[] anyone = {"isAnonymous()"};
        assertThat(OAuthScopeRule.permits(scopes("read"), Optional.of("read:statuses"), member)).isTrue();
        assertThat(OAuthScopeRule.permits(scopes("read"), Optional.of("write:statuses"), member)).isFalse();
        assertThat(OAuthScopeRule.permits(scopes("read write follow"), Optional.empty(), member)).isFalse();
        assertThat(OAuthScopeRule.permits(scopes("profile"), Optional.empty(), anyone)).isTrue();
    }
}
