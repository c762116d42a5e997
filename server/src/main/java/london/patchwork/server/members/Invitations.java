package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.instance.Instance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitations: how people become members while sign-up is closed. An organiser makes a single-use link that
 * expires; whoever opens it chooses a handle, a name, an email and a password, and becomes a member with the
 * invitation's role and a {@code Person} actor of their own.
 */
@Singleton
public class Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);
    /** Long enough for a letter to arrive; an organiser can ask for less or more, within a quarter. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(90);

    private final InvitationRepository invitations;
    private final NewMembers newMembers;
    private final Instance instance;
    private final Clock clock = Clock.systemUTC();

    public Invitations(InvitationRepository invitations, NewMembers newMembers, Instance instance) {
        this.invitations = invitations;
        this.newMembers = newMembers;
        this.instance = instance;
    }

    /** A new invitation; the link holds the only copy of its token. */
    public Created invite(MemberRole role, Duration validFor, String note) {
        String token = SecretTokens.newToken();
        Instant expiresAt = clock.instant().plus(validFor);
        Invitation saved = invitations.save(new Invitation(null, SecretTokens.hash(token), role.key(),
                note == null || note.isBlank() ? null : note.strip(), null, expiresAt, null, null));
        LOG.info("event=invitation_created id={} role={} expiresAt={}", saved.id(), role.key(), expiresAt);
        return new Created(saved.id(), role, link(token), expiresAt);
    }

    /** Invitations not yet accepted and not expired, newest first. */
    public java.util.List<Invitation> openInvitations() {
        return invitations.findOpen(clock.instant());
    }

    /** The invitation behind a link's token, whatever its state. */
    public Optional<Invitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(SecretTokens.hash(token));
    }

    /** Whether the invitation can be accepted now. */
    public boolean open(Invitation invitation) {
        return invitation.open(clock.instant());
    }

    /**
     * Accepts an invitation: the member's actor (with its key), their account, and the invitation marked used, all
     * in one transaction, so a refusal leaves nothing behind and two people racing for one link make one member.
     *
     * @throws Refused with the reasons, field by field, or the invitation's state
     */
    @Transactional
    public Actor accept(String token, MemberForm form) {
        Invitation invitation = find(token).orElseThrow(() -> new Refused(Refusal.UNKNOWN, null));
        if (!open(invitation)) {
            throw new Refused(invitation.acceptedAt() != null ? Refusal.USED : Refusal.EXPIRED, null);
        }
        Actor actor;
        try {
            actor = newMembers.create(form, MemberRole.fromKey(invitation.role()).orElse(MemberRole.MEMBER),
                    clock.instant(), null);
        } catch (NewMembers.Invalid invalid) {
            throw new Refused(Refusal.INVALID, invalid.errors());
        }
        if (invitations.accept(invitation.id(), actor.id(), clock.instant()) != 1) {
            throw new Refused(Refusal.USED, null);
        }
        LOG.info("event=member_joined actorId={} username={} role={} invitation={}", actor.id(), actor.username(),
                invitation.role(), invitation.id());
        return actor;
    }

    private URI link(String token) {
        return instance.baseUri().resolve("/invitations/" + token);
    }

    /** A new invitation, as the organiser sees it once. */
    public record Created(long id, MemberRole role, URI url, Instant expiresAt) {
    }

    /** Why an invitation was not accepted. */
    public enum Refusal {
        UNKNOWN, USED, EXPIRED, INVALID
    }

    /** An acceptance refused; rolls the transaction back. */
    public static final class Refused extends RuntimeException {
        private final Refusal refusal;
        private final MemberForm.Errors errors;

        Refused(Refusal refusal, MemberForm.Errors errors) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
            this.errors = errors == null ? MemberForm.Errors.none() : errors;
        }

        public Refusal refusal() {
            return refusal;
        }

        public MemberForm.Errors errors() {
            return errors;
        }
    }
}
