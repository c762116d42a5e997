package london.patchwork.server.livinglab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Compressed time: a simulated day lasts {@code daySeconds} real seconds. Simulated time runs from the first
 * morning of the run (tomorrow, in London, so that events are always in the future for the hubs); the real clock
 * starts when {@link #start()} is called.
 */
final class SimulatedClock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final Clock real;
    private final double daySeconds;
    private final Instant firstMorning;
    private volatile Instant realStart;

    SimulatedClock(Clock real, double daySeconds) {
        if (!(daySeconds > 0)) {
            throw new IllegalArgumentException("a simulated day must last some real time");
        }
        this.real = real;
        this.daySeconds = daySeconds;
        LocalDate tomorrow = LocalDate.now(real.withZone(LONDON)).plusDays(1);
        this.firstMorning = tomorrow.atTime(8, 0).atZone(LONDON).toInstant();
        this.realStart = real.instant();
    }

    void start() {
        realStart = real.instant();
    }

    /** When, on the real clock, a simulated moment comes. */
    Instant realAt(Duration simulated) {
        return realStart.plusNanos(Math.round(simulated.toNanos() * daySeconds / 86_400d));
    }

    /** The simulated time now. */
    Duration now() {
        return simulatedAt(real.instant());
    }

    /** The simulated time at a real instant (zero before the start). */
    Duration simulatedAt(Instant when) {
        long realNanos = Math.max(0, Duration.between(realStart, when).toNanos());
        return Duration.ofNanos(Math.round(realNanos * 86_400d / daySeconds));
    }

    /** The calendar instant a simulated moment stands for (events are dated by it). */
    Instant simulatedInstant(Duration simulated) {
        return firstMorning.plus(simulated);
    }

    /** Day 1 is the first. */
    int day(Duration simulated) {
        return (int) simulated.toDays() + 1;
    }

    /** A simulated day's date, as a person reads it. */
    String date(int day) {
        return DATE.format(firstMorning.plus(Duration.ofDays(day - 1L)).atZone(LONDON));
    }

    double daySeconds() {
        return daySeconds;
    }

    Instant realStart() {
        return realStart;
    }
}
