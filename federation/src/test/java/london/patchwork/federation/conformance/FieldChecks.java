package london.patchwork.federation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Ref;

/** Assertions that count themselves, so the conformance test can say how many fields it checked. */
final class FieldChecks {

    private final String document;
    private int count;

    FieldChecks(String document) {
        this.document = document;
    }

    int count() {
        return count;
    }

    /** Checks one field's value. */
    void eq(String field, Object actual, Object expected) {
        count++;
        assertThat(actual).as("%s: %s", document, field).isEqualTo(expected);
    }

    /** Checks that a reference points at {@code expected}. */
    void ref(String field, Ref<?> actual, String expected) {
        count++;
        assertThat(actual).as("%s: %s", document, field).isNotNull();
        assertThat(actual.id()).as("%s: %s", document, field).isEqualTo(URI.create(expected));
    }

    /** Checks that a reference embeds an object of {@code type} and returns it for further checks. */
    <T extends ApObject> T embedded(String field, Ref<ApObject> actual, Class<T> type) {
        count++;
        assertThat(actual).as("%s: %s", document, field).isNotNull();
        return actual.embedded(type).orElseThrow(() -> new AssertionError(
                document + ": " + field + " is not an embedded " + type.getSimpleName() + " but " + actual));
    }

    /** Checks a record is of the expected class and returns it cast. */
    <T extends ApObject> T is(ApObject object, Class<T> type) {
        count++;
        assertThat(object).as("%s: record type", document).isInstanceOf(type);
        return type.cast(object);
    }

    /** Checks a derived value, e.g. a list's size. */
    <T> void that(String field, T actual, Function<T, Object> derive, Object expected) {
        count++;
        assertThat(Objects.requireNonNull(derive.apply(actual))).as("%s: %s", document, field).isEqualTo(expected);
    }
}
