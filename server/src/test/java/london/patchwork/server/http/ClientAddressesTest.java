package london.patchwork.server.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    @Test
    void behindOneProxyTheAddressItAppendedIsTheClientsWhateverTheClientWroteBeforeIt() {
        // The client claimed 1.1.1.1; our proxy appended the address it really saw.
        assertThat(ClientAddresses.fromForwarded(List.of("1.1.1.1, 203.0.113.7"), 1, "10.0.0.2"))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.fromForwarded(List.of("1.1.1.1", "203.0.113.7, 10.0.0.9"), 2, "10.0.0.2"))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void tooFewEntriesFallBackToTheConnection() {
        assertThat(ClientAddresses.fromForwarded(List.of(), 1, "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddresses.fromForwarded(List.of(" , "), 1, "10.0.0.2")).isEqualTo("10.0.0.2");
    }

    @Test
    void anImpossibleSettingStopsTheHub() {
        assertThatThrownBy(() -> new ClientAddresses(-1)).hasMessageContaining("trusted-hops");
    }
}
