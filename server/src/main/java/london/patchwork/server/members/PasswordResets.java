package london.patchwork.server.members;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.instance.Uris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reset links: the hub sends no email, so a member who forgot their password asks an organiser, who makes a
 * single-use link valid for a day and passes it on. Using it sets a new password and signs the member out
 * everywhere.
 */
@Singleton
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

    private final PasswordResetRepository resets;
    private final MemberSessionRepository sessions;
    private final MemberRepository members;
    private final ActorRepository actors;
    private final Passwords passwords;
    private final Uris uris;
    private final ApplicationEventPublisher<MemberService.PasswordChanged> passwordChanges;
    private final Clock clock = Clock.systemUTC();

    public PasswordResets(ApplicationEventPublisher<MemberService.PasswordChanged> passwordChanges,
                          PasswordResetRepository resets, MemberSessionRepository sessions, MemberRepository members,
                          ActorRepository actors, Passwords passwords, Uris uris) {
        this.passwordChanges = passwordChanges;
        this.resets = resets;
        this.sessions = sessions;
        this.members = members;
        this.actors = actors;
        this.passwords = passwords;
        this.uris = uris;
    }

    /** A link made; shown once, to the organiser. */
    public record Issued(URI url, Instant expiresAt) {
    }

    /** Why a link or a new password was refused. */
    public enum Refusal { UNKNOWN, USED_OR_EXPIRED, INVALID_PASSWORD }

    public static final class Refused extends Exception {
        private final Refusal refusal;

        Refused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @Transactional
    public Optional<Issued> issue(long memberActorId) {
        if (members.findById(memberActorId).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        resets.retireOpen(memberActorId, now);
        String token = SecretTokens.newToken();
        Instant expiresAt = now.plus(VALIDITY);
        resets.save(new PasswordReset(null, SecretTokens.hash(token), memberActorId, null, expiresAt, null));
        LOG.info("event=password_reset_issued actorId={} expiresAt={}", memberActorId, expiresAt);
        return Optional.of(new Issued(uris.base().resolve("/password-reset/" + token), expiresAt));
    }

    /** The open link behind a token. */
    public PasswordReset open(String token) throws Refused {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new Refused(Refusal.UNKNOWN, "unknown link");
        }
        PasswordReset reset = resets.findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new Refused(Refusal.UNKNOWN, "unknown link"));
        if (!reset.open(clock.instant())) {
            throw new Refused(Refusal.USED_OR_EXPIRED, "used or expired");
        }
        return reset;
    }

    /** Sets the new password, spends the link and ends every session of the member, in one transaction. */
    @Transactional
    public void use(String token, String newPassword) throws Refused {
        PasswordReset reset = open(token);
        Member member = members.findById(reset.memberActorId())
                .orElseThrow(() -> new Refused(Refusal.UNKNOWN, "unknown link"));
        String handle = actors.findById(member.actorId()).map(actor -> actor.username()).orElse("");
        Optional<String> problem = MemberForm.passwordProblem(newPassword, handle, member.email());
        if (problem.isPresent()) {
            throw new Refused(Refusal.INVALID_PASSWORD, problem.get());
        }
        if (resets.use(reset.id(), clock.instant()) == 0) {
            throw new Refused(Refusal.USED_OR_EXPIRED, "used or expired");
        }
        members.update(member.withPasswordHash(passwords.hash(newPassword.toCharArray())));
        passwordChanges.publishEvent(new MemberService.PasswordChanged(member.actorId()));
        sessions.deleteByMemberActorId(member.actorId());
        LOG.info("event=password_reset_used actorId={}", member.actorId());
    }
}
