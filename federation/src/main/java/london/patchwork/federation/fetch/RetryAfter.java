package london.patchwork.federation.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import london.patchwork.federation.signatures.HttpDates;

/**
 * Reads a response's {@code Retry-After} (RFC 9110 section 10.2.3) as a wait: either delta-seconds
 * ({@code 120}) or an HTTP-date in any of its three forms. A date is measured from the response's
 * own {@code Date} when it has a valid one (the same clock wrote both, so skew between the peer's
 * clock and ours cancels out), otherwise from the time we received the response.
 *
 * <p>What it will not believe: anything else ({@code 1.5}, {@code -5}, {@code +5}, {@code soon},
 * a list) is ignored, as is a date in the past (it asks for no wait at all). A wait longer than
 * {@link PostResult#MAX_RETRY_AFTER} is cut to it, so a peer cannot park our deliveries for a year.
 * Only the first {@code Retry-After} is read.
 */
final class RetryAfter {

    /** More digits than this is more than the cap anyway, and would not fit a long. */
    private static final int MAX_DIGITS = 9;

    private RetryAfter() {
    }

    /** The wait a response asks for, if it has a {@code Retry-After} we believe. */
    static Optional<Duration> of(HttpHeaders headers, Instant received) {
        Optional<String> value = headers.first("Retry-After");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant reference = headers.first("Date").flatMap(HttpDates::parse).orElse(received);
        return parse(value.get(), reference);
    }

    /** A {@code Retry-After} value as a wait, a date being measured from {@code reference}. */
    static Optional<Duration> parse(String value, Instant reference) {
        String text = value.strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(text.length() > MAX_DIGITS ? PostResult.MAX_RETRY_AFTER
                    : capped(Duration.ofSeconds(Long.parseLong(text))));
        }
        return HttpDates.parse(text)
                .map(date -> Duration.between(reference, date))
                .filter(wait -> !wait.isNegative())
                .map(RetryAfter::capped);
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(PostResult.MAX_RETRY_AFTER) > 0 ? PostResult.MAX_RETRY_AFTER : wait;
    }
}
