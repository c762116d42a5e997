package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mastodon's freshness rule and the configurable policy around it. */
class TimeWindowTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final VerificationPolicy MASTODON = VerificationPolicy.mastodon();

    @Test
    void mastodonDefaults() {
        assertThat(MASTODON.defaultExpiry()).isEqualTo(Duration.ofMinutes(5));
        assertThat(MASTODON.maxValidity()).isEqualTo(Duration.ofHours(12));
        assertThat(MASTODON.clockSkew()).isEqualTo(Duration.ofHours(1));
        assertThat(MASTODON.acceptQuerylessRequestTarget()).isTrue();
        assertThat(MASTODON.coverage()).isEqualTo(VerificationPolicy.Coverage.ACTIVITYPUB);
    }

    @Test
    void longExpiresIsCappedAtMaxValidity() {
        Instant farFuture = CREATED.plus(Duration.ofDays(30));

        assertThat(reason(CREATED, farFuture, CREATED.plus(Duration.ofHours(13)))).isNull();
        assertThat(reason(CREATED, farFuture, CREATED.plus(Duration.ofHours(13)).plusSeconds(1)))
                .isEqualTo(FailureReason.DATE_TOO_OLD);
    }

    @Test
    void expiresWithoutCreatedIsStillEnforced() {
        assertThat(reason(null, CREATED, CREATED.plus(Duration.ofHours(1)))).isNull();
        assertThat(reason(null, CREATED, CREATED.plus(Duration.ofHours(1)).plusSeconds(1))).isEqualTo(FailureReason.EXPIRED);
    }

    @Test
    void noTimeAtAllIsNotAWindowFailure() {
        assertThat(reason(null, null, CREATED)).isNull();
    }

    @Test
    void stricterPolicyApplies() {
        VerificationPolicy strict = new VerificationPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ZERO,
                false, VerificationPolicy.Coverage.ACTIVITYPUB);

        assertThat(catchThrowableOfType(Rejection.class,
                () -> TimeWindow.check(CREATED, null, CREATED.plusSeconds(31), strict)).reason())
                .isEqualTo(FailureReason.DATE_TOO_OLD);
        assertThat(catchThrowableOfType(Rejection.class,
                () -> TimeWindow.check(CREATED.plusSeconds(1), null, CREATED, strict)).reason())
                .isEqualTo(FailureReason.NOT_YET_VALID);
    }

    @Test
    void invalidPoliciesAreProgrammerErrors() {
        assertThatThrownBy(() -> new VerificationPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ZERO, true,
                VerificationPolicy.Coverage.NONE)).isInstanceOf(HttpSignatureException.class).hasMessageContaining("defaultExpiry");
        assertThatThrownBy(() -> new VerificationPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(-1),
                true, VerificationPolicy.Coverage.NONE)).isInstanceOf(HttpSignatureException.class).hasMessageContaining("clockSkew");
        assertThatThrownBy(() -> MASTODON.withCoverage(null)).isInstanceOf(HttpSignatureException.class);
    }

    private static FailureReason reason(Instant created, Instant expires, Instant now) {
        try {
            TimeWindow.check(created, expires, now, MASTODON);
            return null;
        } catch (Rejection rejection) {
            return rejection.reason();
        }
    }
}
