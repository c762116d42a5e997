package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code Retry-After} in both of RFC 9110's forms, and what is not believed. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void deltaSecondsAreAWait() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(" 007 ", NOW)).contains(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:51:37 GMT", "Sunday, 06-Nov-94 08:51:37 GMT", "Sun Nov  6 08:51:37 1994"})
    void anHttpDateInAnyOfItsFormsIsTheTimeUntilThen(String date) {
        assertThat(RetryAfter.parse(date, NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void aDateThatIsNowMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void aDateInThePastIsIgnored() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:36 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Thu, 01 Jan 1970 00:00:00 GMT", NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-0", "+5", "1.5", "120s", "0x10", "1e3", "12 0", "120, 60", "soon", "", "   ",
        "2030-01-01T00:00:00Z", "Sun, 06 Nov 1994 08:51:37 PST", "Sun, 32 Nov 1994 08:51:37 GMT", "١٢٠"})
    void anythingElseIsIgnored(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }

    @Test
    void aHugeWaitIsCutToTheCap() {
        assertThat(RetryAfter.parse("86400", NOW)).contains(Duration.ofHours(24));
        assertThat(RetryAfter.parse("86401", NOW)).contains(PostResult.MAX_RETRY_AFTER);
        assertThat(RetryAfter.parse("999999999", NOW)).contains(PostResult.MAX_RETRY_AFTER);
        assertThat(RetryAfter.parse("99999999999999999999999999999", NOW)).contains(PostResult.MAX_RETRY_AFTER);
        assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW)).contains(PostResult.MAX_RETRY_AFTER);
        assertThat(PostResult.MAX_RETRY_AFTER).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aDateIsMeasuredFromTheResponsesOwnDate() {
        // The peer's clock is an hour behind ours; its two headers agree with each other.
        HttpHeaders headers = new HttpHeaders.Builder()
                .add("Date", "Sun, 06 Nov 1994 07:49:37 GMT")
                .add("Retry-After", "Sun, 06 Nov 1994 07:50:37 GMT").build();

        assertThat(RetryAfter.of(headers, NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void withoutAUsableDateADateIsMeasuredFromWhenTheResponseArrived() {
        HttpHeaders noDate = new HttpHeaders.Builder().add("Retry-After", "Sun, 06 Nov 1994 08:50:37 GMT").build();
        HttpHeaders badDate = new HttpHeaders.Builder().add("Date", "yesterday")
                .add("Retry-After", "Sun, 06 Nov 1994 08:50:37 GMT").build();

        assertThat(RetryAfter.of(noDate, NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.of(badDate, NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void onlyTheFirstHeaderIsReadAndNoHeaderIsNoWait() {
        HttpHeaders twice = new HttpHeaders.Builder().add("retry-after", "30").add("Retry-After", "3600").build();

        assertThat(RetryAfter.of(twice, NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.of(HttpHeaders.empty(), NOW)).isEmpty();
    }
}
