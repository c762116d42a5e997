package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9651 parsing and canonical serialisation, the ground RFC 9421 stands on. */
class StructuredFieldsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sig1=(\"@method\"   \"@target-uri\");created=1618884473;keyid=\"k\"|sig1=(\"@method\" \"@target-uri\");created=1618884473;keyid=\"k\"",
        "a=1,    b=2;x=1;y=2,   c=(a   b   c)|a=1, b=2;x=1;y=2, c=(a b c)",
        "a=?1, b=?0;p|a, b=?0;p",
        "d=1.50, e=-0.125, f=12.0|d=1.5, e=-0.125, f=12.0",
        "t=foo/bar:baz, s=\"q\\\"\\\\\"|t=foo/bar:baz, s=\"q\\\"\\\\\"",
        "b=:AQID:, at=@1659578233|b=:AQID:, at=@1659578233",
        "*k=()|*k=()"
    })
    void dictionariesSerialiseCanonically(String input, String canonical) throws Sf.ParseException {
        assertThat(SfSerializer.dictionary(SfParser.parseDictionary(input))).isEqualTo(canonical);
    }

    @Test
    void innerListKeepsItemParametersAndTypes() throws Sf.ParseException {
        Map<String, Sf.Member> dictionary = SfParser.parseDictionary("x=(\"@query-param\";name=\"Pet\" \"a\");created=5");
        Sf.InnerList list = (Sf.InnerList) dictionary.get("x");

        assertThat(list.items()).hasSize(2);
        assertThat(list.items().getFirst().params()).containsEntry("name", new Sf.Str("Pet"));
        assertThat(list.params()).containsEntry("created", new Sf.Int(5));
    }

    @Test
    void listsAndItemsParse() throws Sf.ParseException {
        assertThat(SfSerializer.list(SfParser.parseList("a,  (b c);q=1, \"d\""))).isEqualTo("a, (b c);q=1, \"d\"");
        assertThat(SfParser.parseItem("  42;unit=s  ")).isEqualTo(new Sf.Item(new Sf.Int(42), Map.of("unit", new Sf.Token("s"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SHA-256=:AQID:", "a=1,", "a=1,,b=2", "a=\"unterminated", "a=\"bad\\escape\"", "a=1234567890123456",
        "a=1.1234", "a=1234567890123.1", "a=(1 2", "a=:not base64!:", "a=?2", "a=1 b=2", "a=@x", "a=\u00e9", "1a=1",
        "a=\"tab\there\"", "a=-", "a=(1)x"
    })
    void invalidDictionariesAreRefused(String input) {
        assertThatThrownBy(() -> SfParser.parseDictionary(input)).isInstanceOf(Sf.ParseException.class);
    }

    @Test
    void emptyFieldIsAnEmptyDictionary() throws Sf.ParseException {
        assertThat(SfParser.parseDictionary("   ")).isEmpty();
    }
}
