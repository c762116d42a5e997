package london.patchwork.server.apps;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which redirect URIs an app may register, and PKCE's S256 check. */
class RedirectUrisTest {

    @Test
    void webNativeAndOutOfBandUrisAreAcceptedAndScriptSchemesAreNot() {
        assertThat(RedirectUris.parse("https://elk.zone/api/x/oauth\ntusky://oauth\nurn:ietf:wg:oauth:2.0:oob")
                .uris()).hasSize(3);
        assertThat(RedirectUris.parse(List.of("http://127.0.0.1:8080/cb")).problem()).isNull();
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "/cb",
                "https://x.example/cb#frag", "http:///cb", "vbscript:x")) {
            assertThat(RedirectUris.parse(bad).problem()).as(bad).isNotNull();
        }
        assertThat(RedirectUris.parse("").problem()).contains("required");
    }

    @Test
    void answersAreAddedToTheUrisOwnQuery() {
        assertThat(RedirectUris.withQuery("https://a.example/cb?x=1", "code=2").toString())
                .isEqualTo("https://a.example/cb?x=1&code=2");
        assertThat(RedirectUris.withQuery("tusky://oauth", "code=2").toString()).isEqualTo("tusky://oauth?code=2");
    }

    @Test
    void pkceS256MatchesOnlyItsOwnVerifier() {
        // RFC 7636 appendix B.
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assertThat(Pkce.challengeOf(verifier)).isEqualTo(challenge);
        assertThat(Pkce.verifies(challenge, verifier)).isTrue();
        assertThat(Pkce.verifies(challenge, verifier.replace('d', 'e'))).isFalse();
        assertThat(Pkce.verifies(challenge, null)).isFalse();
        assertThat(Pkce.validChallenge(challenge)).isTrue();
        assertThat(Pkce.validChallenge("plain")).isFalse();
    }
}
