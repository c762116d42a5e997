package london.patchwork.server.imports;

import london.patchwork.server.assets.AssetService;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading each format into rows, before the hub checks them: places in the file, field mapping, file-level refusals. */
class ImportReadersTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvRowsKnowTheLineTheyStartOnThoughQuotedFieldsSpanLines() {
        ParsedImport parsed = CsvAssets.read(bytes("\uFEFFname,kind,category,description,tags,mystery\r\n"
                + "\"Hall, the\",place,physical-spaces,\"Two\nlines\",a;#B,x\r\n"
                + "\r\n"
                + "Garden,place,physical-spaces,\"Say \"\"hi\"\"\",,\n"
                + "Short,place\n"), "associations");
        assertThat(parsed.assets()).extracting(ParsedImport.AssetRow::index).containsExactly(2, 5);
        AssetService.Draft hall = parsed.assets().get(0).draft();
        assertThat(hall.name()).isEqualTo("Hall, the");
        assertThat(hall.description()).isEqualTo("Two\nlines");
        assertThat(hall.tags()).containsExactly("a", "#B");
        assertThat(parsed.assets().get(1).draft().description()).isEqualTo("Say \"hi\"");
        assertThat(parsed.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(6);
            assertThat(rejection.message()).contains("the row has 2 fields");
        });
        assertThat(parsed.warnings()).containsExactly("unknown column \"mystery\" ignored");
        assertThat(parsed.read()).isEqualTo(3);
    }

    @Test
    void aCsvLackingRequiredColumnsOrClosingQuotesIsRefusedWhole() {
        assertThatThrownBy(() -> CsvAssets.read(bytes("name,description\nA,B\n"), null))
                .isInstanceOf(ImportRefused.class).hasMessage("the CSV lacks the required columns kind, category");
        assertThatThrownBy(() -> CsvAssets.read(bytes("name,kind,category\n\"A,place,gifts\n"), null))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("opened on line 2 is never closed");
    }

    @Test
    void utf8IsCheckedToTheByte() {
        Utf8.check(bytes("Café ☕"));
        byte[] bad = {'a', 'b', (byte) 0xC3, '(', 'c'};
        assertThatThrownBy(() -> Utf8.check(bad)).isInstanceOf(ImportRefused.class)
                .hasMessage("the file is not UTF-8 at byte 2");
    }

    @Test
    void geoJsonPointsAreLongitudeFirst() {
        ParsedImport parsed = GeoJsonAssets.read(bytes("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "https://a.example/assets/1",
                   "geometry": {"type": "Point", "coordinates": [-0.0602, 51.5612]},
                   "properties": {"name": "Library", "kind": "organisation", "category": "institutions",
                                  "tags": ["books"], "languages": ["en", "tr"]}},
                  {"type": "Feature", "geometry": null, "properties": {"name": "Choir", "kind": "group"}},
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
                   "properties": {"name": "Path"}}
                ]}"""), "associations");
        AssetService.Draft library = parsed.assets().get(0).draft();
        assertThat(library.latitude()).isEqualTo(51.5612);
        assertThat(library.longitude()).isEqualTo(-0.0602);
        assertThat(library.languages()).containsExactly("en", "tr");
        assertThat(parsed.assets().get(0).key()).isEqualTo("https://a.example/assets/1");
        assertThat(parsed.assets().get(1).draft().latitude()).isNull();
        assertThat(parsed.assets().get(1).draft().category()).isEqualTo("associations");
        assertThat(parsed.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.row()).isEqualTo("feature");
            assertThat(rejection.index()).isEqualTo(2);
            assertThat(rejection.field()).isEqualTo("geometry");
        });
    }

    @Test
    void kumuElementsAreAssetsAndMembersAreSkipped() {
        ParsedImport parsed = KumuNetwork.read(bytes("""
                {"elements": [
                  {"id": "e1", "label": "Food Bank", "type": "Organisation", "degree": 3, "tags": ["food"]},
                  {"label": "Lido", "type": "place", "category": "physical-spaces"},
                  {"id": "https://a.example/users/ada", "label": "Ada", "type": "member"}],
                 "connections": [
                  {"from": "e1", "to": "Lido", "type": "meets-at", "direction": "undirected", "strength": 4},
                  {"from": "e1", "to": "https://a.example/users/ada", "type": "member-of"},
                  {"from": "e1", "to": "Lido", "direction": "sideways"}]}"""), "associations");
        assertThat(parsed.assets()).extracting(row -> row.draft().name()).containsExactly("Food Bank", "Lido");
        assertThat(parsed.assets().get(0).draft().kind()).isEqualTo("Organisation");
        assertThat(parsed.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.mutual()).isTrue();
            assertThat(tie.strength()).isEqualTo(4);
            assertThat(tie.to()).isEqualTo("Lido");
        });
        assertThat(parsed.warnings()).hasSize(2);
        assertThat(parsed.rejections()).extracting(Rejection::row, Rejection::index, Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("connection", 2, "direction"));
    }

    @Test
    void openReferralServicesTakeTheirOrganisationAndLocationFields() {
        ParsedImport parsed = OpenReferralServices.read(bytes("""
                {"total_items": 1, "contents": [{
                  "id": "0c1f5b1e-1111-4a6b-9a3c-2b1b2c3d4e5f", "name": "Advice drop-in",
                  "description": "Benefits and housing advice.", "status": "temporarily closed",
                  "eligibility_description": "Residents", "minimum_age": 18,
                  "fees_description": "Free", "languages": [{"name": "English"}, {"name": "Somali"}],
                  "phones": [{"number": "020 7946 0002"}],
                  "organization": {"name": "Advice Hackney", "website": "https://advice.example/",
                                   "email": "hello@advice.example"},
                  "schedules": [{"byday": "MO,WE", "opens_at": "10:00", "closes_at": "13:00"}],
                  "service_at_locations": [{"location": {"name": "Town Hall", "latitude": 51.545,
                    "longitude": -0.055, "addresses": [{"address_1": "Mare Street", "city": "London",
                    "postal_code": "E8 1EA"}], "accessibility": [{"description": "Lift"}]}}],
                  "attributes": [{"taxonomy_term": {"name": "Advice"}}]}]}"""), "institutions");
        AssetService.Draft advice = parsed.assets().get(0).draft();
        assertThat(advice.kind()).isEqualTo("service");
        assertThat(advice.category()).isEqualTo("institutions");
        assertThat(advice.status()).isEqualTo("inactive");
        assertThat(advice.website()).isEqualTo("https://advice.example/");
        assertThat(advice.email()).isEqualTo("hello@advice.example");
        assertThat(advice.phone()).isEqualTo("020 7946 0002");
        assertThat(advice.eligibility()).isEqualTo("Residents. Ages 18 to any");
        assertThat(advice.schedule()).isEqualTo("MO,WE 10:00–13:00");
        assertThat(advice.languages()).isEqualTo(List.of("English", "Somali"));
        assertThat(advice.locationName()).isEqualTo("Town Hall");
        assertThat(advice.address()).isEqualTo("Mare Street, London");
        assertThat(advice.postcode()).isEqualTo("E8 1EA");
        assertThat(advice.latitude()).isEqualTo(51.545);
        assertThat(advice.accessibility()).isEqualTo("Lift");
        assertThat(advice.tags()).containsExactly("Advice");
    }

    @Test
    void malformedJsonIsRefusedWithWhereItWentWrong() {
        assertThatThrownBy(() -> KumuNetwork.read(bytes("{\"elements\": [\n  {\"label\": }\n]}"), null))
                .isInstanceOf(ImportRefused.class).hasMessageStartingWith("malformed JSON at line 2, column ");
    }
}
