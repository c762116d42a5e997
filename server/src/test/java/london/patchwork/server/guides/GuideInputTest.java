package london.patchwork.server.guides;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuideInputTest {

    @Test
    void slugsAreMadeFromTitles() {
        assertThat(GuideInput.slugOf("Fixing a Puncture — the Café way!")).isEqualTo("fixing-a-puncture-the-cafe-way");
        assertThat(GuideInput.of(" ", "Bikes", "x", null).errors()).containsKey("title");
        assertThat(GuideInput.of("!!!", "Bikes", "x", null).errors()).containsKey("title");
        assertThat(GuideInput.of("Fine", "Bikes", "x", null).errors()).isEmpty();
    }
}
