package london.patchwork.federation.jsonld;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonInputTest {

    private final JsonInput input = new JsonInput(JsonLimits.DEFAULT);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertRejected(JsonInput in, String json, JsonLdException.Kind kind) {
        assertThatThrownBy(() -> in.parseObject(utf8(json)))
                .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void parsesAnObjectAndKeepsDecimalsExact() {
        var node = input.parseObject(utf8("{\"latitude\": 50.66881615, \"big\": 1e999, \"n\": 3}"));
        assertThat(node.get("latitude").decimalValue()).isEqualByComparingTo(new BigDecimal("50.66881615"));
        assertThat(node.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1e999"));
        assertThat(node.get("n").isInt()).isTrue();
    }

    @Test
    void aDecimalWithoutFractionalDigitsIsTheIntegerItWillBeWrittenAs() {
        var node = input.parseObject(utf8("{\"ten\": 1.0E1, \"big\": -4.5124068651898056E16, \"huge\": 1.2345678901234567890123E22, "
                + "\"scaled\": 1.50, \"exponent\": 1E+20, \"tenth\": 10.0}"));
        assertThat(node.get("ten").isInt()).isTrue();
        assertThat(node.get("ten").intValue()).isEqualTo(10);
        assertThat(node.get("big").isLong()).isTrue();
        assertThat(node.get("huge").isBigInteger()).isTrue();
        // A fractional digit or a positive exponent is written back the same way, so it stays a decimal.
        assertThat(node.get("scaled").decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(node.get("exponent").isBigDecimal()).isTrue();
        assertThat(node.get("tenth").decimalValue()).isEqualTo(new BigDecimal("10.0"));
    }

    @Test
    void rejectsWhatIsNotOneObject() {
        assertThatThrownBy(() -> input.parseObject(new byte[0])).isInstanceOf(JsonLdException.class);
        assertRejected(input, "[{\"type\": \"Note\"}]", JsonLdException.Kind.NOT_AN_OBJECT);
        assertRejected(input, "\"Note\"", JsonLdException.Kind.NOT_AN_OBJECT);
        assertRejected(input, "{\"type\": \"Note\"", JsonLdException.Kind.MALFORMED_JSON);
        assertRejected(input, "{\"type\": \"Note\"} {}", JsonLdException.Kind.MALFORMED_JSON);
    }

    @Test
    void rejectsDuplicateKeysBecauseTheyAreAmbiguous() {
        assertRejected(input, "{\"actor\": \"https://a.example/u\", \"actor\": \"https://b.example/u\"}",
                JsonLdException.Kind.MALFORMED_JSON);
    }

    @Test
    void enforcesDepthSizeStringAndTokenLimits() {
        JsonInput small = new JsonInput(new JsonLimits(200, 4, 10, 20, 10, Duration.ofSeconds(1)));
        assertRejected(small, "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}", JsonLdException.Kind.LIMIT_EXCEEDED);
        assertRejected(small, "{\"a\":\"" + "x".repeat(300) + "\"}", JsonLdException.Kind.LIMIT_EXCEEDED);
        assertRejected(small, "{\"a\":\"" + "x".repeat(50) + "\"}", JsonLdException.Kind.LIMIT_EXCEEDED);
        assertRejected(small, "{\"a\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}",
                JsonLdException.Kind.LIMIT_EXCEEDED);
        assertThat(small.parseObject(utf8("{\"a\":{\"b\":[1]}}")).at("/a/b/0").asInt()).isEqualTo(1);
    }

    @Test
    void deepNestingIsRefusedByTheDefaultLimits() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertRejected(input, deep, JsonLdException.Kind.LIMIT_EXCEEDED);
    }
}
