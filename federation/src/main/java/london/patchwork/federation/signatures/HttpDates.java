package london.patchwork.federation.signatures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP dates (RFC 9110 §5.6.7): the IMF-fixdate form is what we send; on input the two obsolete
 * forms are accepted too, as Ruby's {@code Time.httpdate} (and so Mastodon) accepts them. Public
 * for the other header that carries one, {@code Retry-After} (read by the fetch package).
 */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /*
     * Input forms without their leading day name: Ruby's Time.httpdate ignores the day name, and
     * Mastodon's own spec sends "Wed, 18 Dec 2023" (a Monday), so a strict parser would refuse
     * requests Mastodon accepts.
     */
    private static final DateTimeFormatter FIXDATE_DAY_FREE =
            DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter RFC_850_DAY_FREE = new DateTimeFormatterBuilder()
            .appendPattern("dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(1970, 1, 1))
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ASCTIME_DAY_FREE =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]{3,9}(, | )");

    private static final List<DateTimeFormatter> INPUT_FORMS = List.of(FIXDATE_DAY_FREE, RFC_850_DAY_FREE, ASCTIME_DAY_FREE);

    private HttpDates() {
    }

    /** The instant in IMF-fixdate form, for example {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /**
     * Reads any of the three forms (surrounding whitespace and the day name ignored).
     *
     * @return the instant, or empty when the text is not an HTTP date
     */
    public static Optional<Instant> parse(String text) {
        Matcher dayName = DAY_NAME.matcher(text.strip());
        if (!dayName.find()) {
            return Optional.empty();
        }
        String trimmed = text.strip().substring(dayName.end());
        Optional<Instant> fixdate = fixdate(trimmed);
        if (fixdate.isPresent()) {
            return fixdate;
        }
        for (DateTimeFormatter form : INPUT_FORMS) {
            try {
                return Optional.of(Instant.from(form.parse(trimmed)));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    /**
     * The form every signed request carries ({@code 06 Nov 1994 08:49:37 GMT}, day name already gone), read by
     * position: the formatters cost a few microseconds a request on the inbox's hot path. Anything else, and any
     * field out of range, is left to the formatters.
     */
    private static Optional<Instant> fixdate(String text) {
        if (text.length() != 24 || text.charAt(2) != ' ' || text.charAt(6) != ' ' || text.charAt(11) != ' '
                || text.charAt(14) != ':' || text.charAt(17) != ':' || !text.endsWith(" GMT")) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(text.substring(3, 6)) + 1;
        int day = digits(text, 0, 2);
        int year = digits(text, 7, 11);
        int hour = digits(text, 12, 14);
        int minute = digits(text, 15, 17);
        int second = digits(text, 18, 20);
        if (month < 1 || day < 1 || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day).atTime(hour, minute, second).toInstant(ZoneOffset.UTC));
    }

    /** The decimal number in {@code text[from, to)}, or -1 when it is not all ASCII digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
