package london.patchwork.server.instance;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Local mode by default; one setting, the domain, switches to production. */
class InstanceTest {

    @Test
    void withoutADomainTheHubRunsInLocalModeOnLocalhost() {
        Instance instance = new Instance("", "", 8080);
        assertThat(instance.localMode()).isTrue();
        assertThat(instance.baseUri()).hasToString("http://localhost:8080");
        assertThat(instance.authority()).isEqualTo("localhost:8080");
        assertThat(instance.allowsPrivateNetworks()).isTrue();
        assertThat(instance.allowsPlainHttp()).isTrue();
    }

    @Test
    void aDomainSwitchesToHttpsAndRefusesPrivatePeers() {
        Instance instance = new Instance("Hackney.Example", null, 8080);
        assertThat(instance.localMode()).isFalse();
        assertThat(instance.baseUri()).hasToString("https://hackney.example");
        assertThat(instance.authority()).isEqualTo("hackney.example");
        assertThat(instance.allowsPrivateNetworks()).isFalse();
        assertThat(instance.allowsPlainHttp()).isFalse();
    }

    @Test
    void aBaseUrlOverridesTheDefaultOrigin() {
        assertThat(new Instance("hackney.example", "https://hub.hackney.example/", 8080).baseUri())
                .hasToString("https://hub.hackney.example");
        assertThat(new Instance("", "http://hub-a:8080", 8080).baseUri()).hasToString("http://hub-a:8080");
    }

    @Test
    void badSettingsStopTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new Instance("https://hackney.example", null, 8080))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("host name");
        assertThatThrownBy(() -> new Instance("hackney.example", "http://hackney.example", 8080))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> new Instance("", "https://hackney.example/hub", 8080))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no path");
    }
}
