package london.patchwork.server.assets;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an asset's input is tidied to and refused for, and how a bounding box is read. */
class AssetInputTest {

    private static final Set<String> CATEGORIES = Set.of("gifts", "physical-spaces");

    private static AssetInput input(String name, String website, String email, Double latitude, Double longitude) {
        return new AssetInput("Place", "Physical-Spaces", name, null, website, email, null, null, null, null, null,
                List.of("en", "en", " tr "), null, null, " e8 3dl ", latitude, longitude, null,
                List.of("#Tools", "tools", "", "Sharing"));
    }

    @Test
    void inputIsTidied() {
        AssetInput tidy = input(" Tool library ", "", " ", 51.5, -0.07);
        assertThat(tidy.kind()).isEqualTo("place");
        assertThat(tidy.category()).isEqualTo("physical-spaces");
        assertThat(tidy.name()).isEqualTo("Tool library");
        assertThat(tidy.website()).isNull();
        assertThat(tidy.email()).isNull();
        assertThat(tidy.status()).isEqualTo("active");
        assertThat(tidy.postcode()).isEqualTo("E8 3DL");
        assertThat(tidy.tags()).containsExactly("tools", "sharing");
        assertThat(tidy.languages()).containsExactly("en", "tr");
        assertThat(tidy.problems(CATEGORIES)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        assertThat(input("", "javascript:alert(1)", "nobody", 90.5, 180.5).problems(CATEGORIES).keySet())
                .containsExactlyInAnyOrder("name", "website", "email", "latitude", "longitude");
        assertThat(input("X", "https://ok.example/", "a@b.example", 51.0, null).problems(CATEGORIES))
                .containsKey("longitude");
        assertThat(input("X", "http://ok.example/", null, -90.0, 180.0).problems(CATEGORIES)).isEmpty();
        assertThat(input("X", null, null, null, null).problems(Set.of("gifts"))).containsKey("category");
    }

    @Test
    void aBoundingBoxIsFourNumbersInRange() {
        AssetQuery.Box box = AssetQuery.Box.parse("-0.10, 51.52,-0.02,51.57");
        assertThat(box).isEqualTo(new AssetQuery.Box(-0.10, 51.52, -0.02, 51.57));
        assertThat(AssetQuery.Box.parse("170,-10,-170,10").west()).isEqualTo(170);
        assertThatThrownBy(() -> AssetQuery.Box.parse("1,2,3")).hasMessageContaining("minLon,minLat,maxLon,maxLat");
        assertThatThrownBy(() -> AssetQuery.Box.parse("a,2,3,4")).hasMessageContaining("four numbers");
        assertThatThrownBy(() -> AssetQuery.Box.parse("0,95,1,96")).hasMessageContaining("latitudes");
        assertThatThrownBy(() -> AssetQuery.Box.parse("0,10,1,5")).hasMessageContaining("above");
    }
}
