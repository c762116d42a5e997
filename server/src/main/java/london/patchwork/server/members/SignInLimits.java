package london.patchwork.server.members;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits failed sign-ins, per account (guessing one person's password) and per address (trying many accounts), over
 * a sliding quarter of an hour. Kept in memory: a restart forgives, and several processes behind one hub each count
 * their own, which still bounds guessing to a handful a minute.
 */
@Singleton
public class SignInLimits {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Sign-ups from one address per window: enough for a family or a drop-in session, too few for a script. */
    static final int SIGN_UPS_PER_ADDRESS = 5;

    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInLimits() {
        this(Clock.systemUTC());
    }

    SignInLimits(Clock clock) {
        this.clock = clock;
    }

    /** Whether another attempt for this account from this address may be checked now. */
    public boolean allows(String account, String address) {
        return recent(accountKey(account)) < PER_ACCOUNT && recent(addressKey(address)) < PER_ADDRESS;
    }

    /** Counts an attempt (before its password is checked) against the account and the address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), now);
        count(addressKey(address), now);
    }

    /** Whether this address may sign up again now. */
    public boolean allowsSignUp(String address) {
        return recent(signUpKey(address)) < SIGN_UPS_PER_ADDRESS;
    }

    /** Counts a sign-up attempt, made or refused, against its address. */
    public void signUpAttempted(String address) {
        count(signUpKey(address), clock.instant());
    }

    /**
     * A success clears the account's count and takes back the attempt counted against the address (counted before
     * the check, so a burst of simultaneous guesses cannot all pass the limit before any is recorded).
     */
    public void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        failures.computeIfPresent(addressKey(address), (k, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            kept.addLast(now);
            return kept;
        });
    }

    private int recent(String key) {
        Instant since = clock.instant().minus(WINDOW);
        Deque<Instant> times = failures.computeIfPresent(key, (k, kept) -> {
            while (!kept.isEmpty() && kept.peekFirst().isBefore(since)) {
                kept.removeFirst();
            }
            return kept.isEmpty() ? null : kept;
        });
        return times == null ? 0 : times.size();
    }

    private static String accountKey(String account) {
        String key = account.strip().toLowerCase(Locale.ROOT);
        // Callers pass a member's own key where there is one; what else was typed is cut to the longest email.
        return "account:" + (key.length() > 254 ? key.substring(0, 254) : key);
    }

    private static String signUpKey(String address) {
        return "sign-up:" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
