package london.patchwork.server.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DeliveryConfigurationTest {

    @Test
    void aLeaseMustOutlastASendOrTwoWorkersCouldSendOneJobAtOnce() {
        assertThatThrownBy(() -> configuration(Duration.ofSeconds(30), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
        assertThatNoException().isThrownBy(() -> configuration(Duration.ofMinutes(2), Duration.ofSeconds(30)));
    }

    @Test
    void needsAtLeastOneWorkerAndOneSlotPerHost() {
        assertThatThrownBy(() -> new DeliveryConfiguration(true, 0, Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofSeconds(10),
                Duration.ofDays(14))).isInstanceOf(IllegalArgumentException.class);
    }

    private static DeliveryConfiguration configuration(Duration lease, Duration timeout) {
        return new DeliveryConfiguration(true, 4, Duration.ofSeconds(1), lease, Duration.ofMinutes(10),
                Duration.ofSeconds(10), timeout, 4, Duration.ofSeconds(10), Duration.ofDays(14));
    }
}
