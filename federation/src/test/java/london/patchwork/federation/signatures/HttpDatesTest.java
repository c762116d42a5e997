package london.patchwork.federation.signatures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDatesTest {

    private static final Instant EXPECTED = Instant.parse("1994-11-06T08:49:37Z");

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
        "  Sun, 06 Nov 1994 08:49:37 GMT  ", "Wed, 06 Nov 1994 08:49:37 GMT"})
    void acceptsTheThreeHttpDateFormsIgnoringTheDayName(String text) {
        assertThat(HttpDates.parse(text)).contains(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong date", "", "Sun, 06 Nov 1994", "1994-11-06T08:49:37Z", "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 PST", "Sun,06 Nov 1994 08:49:37 GMT", "Sun, 06 nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:60:37 GMT", "Sun, 06 Nov 1994 08:49:60 GMT", "Sun, 0a Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08-49-37 GMT"})
    void refusesAnythingElse(String text) {
        assertThat(HttpDates.parse(text)).isEmpty();
    }

    @Test
    void everyDateWeWriteReadsBackToTheSameSecond() {
        java.util.Random random = new java.util.Random(9110);
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 7_258_118_400L));
            assertThat(HttpDates.parse(HttpDates.format(instant))).as(HttpDates.format(instant)).contains(instant);
        }
        assertThat(HttpDates.parse("Thu, 29 Feb 2024 23:59:59 GMT")).contains(Instant.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void formatsImfFixdateWithTwoDigitDays() {
        assertThat(HttpDates.format(Instant.parse("2025-03-04T05:06:07Z"))).isEqualTo("Tue, 04 Mar 2025 05:06:07 GMT");
    }
}
