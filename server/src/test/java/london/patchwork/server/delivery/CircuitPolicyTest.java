package london.patchwork.server.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitPolicyTest {

    private static final CircuitPolicy POLICY = new CircuitPolicy(5, Duration.ofMinutes(1), 2, Duration.ofHours(1));

    @Test
    void staysClosedBelowTheThreshold() {
        assertThat(POLICY.openPeriod(0)).isZero();
        assertThat(POLICY.openPeriod(4)).isZero();
    }

    @Test
    void opensForLongerWithEachFurtherFailureUpToTheMaximum() {
        assertThat(POLICY.openPeriod(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.openPeriod(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.openPeriod(9)).isEqualTo(Duration.ofMinutes(16));
        assertThat(POLICY.openPeriod(11)).isEqualTo(Duration.ofHours(1));
        assertThat(POLICY.openPeriod(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesAPolicyThatNeverOpens() {
        assertThatThrownBy(() -> new CircuitPolicy(0, Duration.ofMinutes(1), 2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitPolicy(3, Duration.ofHours(2), 2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
