package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        "Sun, 06 Nov 1994 08:49:37 PST", "Sun,06 Nov 1994 08:49:37 GMT"})
    void refusesAnythingElse(String text) {
        assertThat(HttpDates.parse(text)).isEmpty();
    }

    @Test
    void formatsImfFixdateWithTwoDigitDays() {
        assertThat(HttpDates.format(Instant.parse("2025-03-04T05:06:07Z"))).isEqualTo("Tue, 04 Mar 2025 05:06:07 GMT");
    }
}
