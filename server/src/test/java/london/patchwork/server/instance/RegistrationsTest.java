package london.patchwork.server.instance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationsTest {

    @Test
    void theThreeSettingsAreReadWhateverTheirCase() {
        assertThat(new Registrations("closed").mode()).isEqualTo(Registrations.Mode.CLOSED);
        assertThat(new Registrations(" Approval ").mode()).isEqualTo(Registrations.Mode.APPROVAL);
        assertThat(new Registrations("OPEN").open()).isTrue();
        assertThat(new Registrations("closed").open()).isFalse();
    }

    @Test
    void anythingElseStopsTheHubWithAClearMessage() {
        assertThatThrownBy(() -> new Registrations("yes")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("patchwork.hub.registrations must be closed, approval or open");
        assertThatThrownBy(() -> new Registrations("")).isInstanceOf(IllegalStateException.class);
    }
}
