package london.patchwork.server.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tile settings: which origin the map pages' policy allows, and templates refused at start-up. */
class MapConfigurationTest {

    @Test
    void noTileServerAllowsImagesFromThisSiteOnly() {
        MapConfiguration none = new MapConfiguration("", "");
        assertThat(none.background().tiles()).isFalse();
        assertThat(none.pagePolicy()).endsWith("img-src 'self' data:");
    }

    @Test
    void aTemplatesOriginBecomesTheImageSourceWithSubdomainsAsAWildcard() {
        assertThat(MapConfiguration.tileSource("https://{s}.Tiles.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tiles.example.org");
        assertThat(MapConfiguration.tileSource("http://127.0.0.1:8088/tiles/{z}/{x}/{y}.png"))
                .isEqualTo("http://127.0.0.1:8088");
        assertThat(new MapConfiguration(" https://tiles.example/{z}/{x}/{y}.png ", "© them").pagePolicy())
                .endsWith("img-src 'self' data: https://tiles.example");
    }

    @Test
    void somethingThatIsNotATileTemplateIsRefused() {
        assertThatThrownBy(() -> new MapConfiguration("javascript:alert(1)/{z}/{x}/{y}", ""))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new MapConfiguration("https://tiles.example/tile.png", ""))
                .hasMessageContaining("{z}, {x} and {y}");
        assertThatThrownBy(() -> new MapConfiguration("https://{r}.tiles.example/{z}/{x}/{y}.png", ""))
                .hasMessageContaining("no usable host");
        assertThatThrownBy(() -> new MapConfiguration("https://a b.example/{z}/{x}/{y}.png", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
