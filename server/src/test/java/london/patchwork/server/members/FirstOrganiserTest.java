package london.patchwork.server.members;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstOrganiserTest {

    @Test
    void noSettingMeansNoFirstOrganiser() {
        assertThat(FirstOrganiser.configured("", null, " ")).isEmpty();
    }

    @Test
    void allThreeMakeAnAccount() {
        assertThat(FirstOrganiser.configured("olu", "olu@example.org", "a-long-enough-password")).isPresent();
    }

    @Test
    void aHalfGivenOrUnusableSettingStopsTheHubSayingWhatToFix() {
        assertThatThrownBy(() -> FirstOrganiser.configured("olu", "", "a-long-enough-password"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set all three");
        assertThatThrownBy(() -> FirstOrganiser.configured("olu", "olu@example.org", "short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password: Use at least 10");
        assertThatThrownBy(() -> FirstOrganiser.configured("o l u", "olu@example.org", "a-long-enough-password"))
                .hasMessageContaining("handle");
    }
}
