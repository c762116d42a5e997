package london.patchwork.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcctTest {

    @ParameterizedTest
    @ValueSource(strings = {"acct:Alice@Hub.Example", "ACCT:Alice@hub.example.", "@Alice@hub.example", "Alice@HUB.example",
            "  @Alice@hub.example\n"})
    void readsTheFormsPeopleType(String text) throws Exception {
        Acct acct = Acct.parse(text);

        assertThat(acct.user()).isEqualTo("Alice");
        assertThat(acct.domain()).isEqualTo("hub.example");
        assertThat(acct.toUri()).isEqualTo("acct:Alice@hub.example");
        assertThat(acct.handle()).isEqualTo("@Alice@hub.example");
    }

    @Test
    void keepsAPortForDevelopmentAndConvertsIdn() throws Exception {
        assertThat(Acct.parse("hub@127.0.0.1:8080").domain()).isEqualTo("127.0.0.1:8080");
        assertThat(Acct.parse("hub@[::1]:8080").domain()).isEqualTo("[::1]:8080");
        assertThat(Acct.parse("anna@bücher.example").domain()).isEqualTo("xn--bcher-kva.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@alice", "alice@", "@alice@", "acct:@hub.example", "alice@@hub.example",
            "a@b@hub.example", "al ice@hub.example", "alice@hub example", "alice@hub.example/path",
            "alice@hub.example?x", "alice@hub.example#x", "alice@hub.example:99999", "alice@127.1",
            "https://hub.example/@alice", "ali/ce@hub.example", "alice@hub.example@other.example", "ali%40ce@hub.example"})
    void rejectsMalformedHandles(String text) {
        assertThatThrownBy(() -> Acct.parse(text)).as(text).isInstanceOf(WebFingerException.class);
    }

    @Test
    void rejectsNullAndOverlongHandles() {
        assertThatThrownBy(() -> Acct.parse(null)).isInstanceOf(WebFingerException.class);
        assertThatThrownBy(() -> Acct.parse("a".repeat(300) + "@hub.example")).isInstanceOf(WebFingerException.class);
    }

    @Test
    void comparesAccountsWithoutCaseInTheUser() throws Exception {
        assertThat(Acct.parse("Alice@hub.example").sameAccount(Acct.parse("alice@HUB.example."))).isTrue();
        assertThat(Acct.parse("alice@hub.example").sameAccount(Acct.parse("alice@other.example"))).isFalse();
    }

    @Test
    void buildsTheQueryUrlAtTheHandlesOwnDomain() throws Exception {
        assertThat(Acct.parse("@hackney@hackney.hub.example").webFingerUrl("https"))
                .hasToString("https://hackney.hub.example/.well-known/webfinger?resource=acct:hackney@hackney.hub.example");
    }

    @Test
    void constructorRefusesNonCanonicalDomains() {
        assertThatThrownBy(() -> new Acct("alice", "Hub.Example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Acct("", "hub.example")).isInstanceOf(IllegalArgumentException.class);
    }
}
