package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.instance.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Joining without an invitation, when the hub's setting allows it: at once when sign-up is open, or waiting for an
 * organiser when it needs approval. Organisers approve or turn away what waits.
 */
@Singleton
public class SignUps {

    static final int LONGEST_REASON = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SignUps.class);

    private final Registrations registrations;
    private final NewMembers newMembers;
    private final MemberRepository members;
    private final Clock clock = Clock.systemUTC();

    public SignUps(Registrations registrations, NewMembers newMembers, MemberRepository members) {
        this.registrations = registrations;
        this.newMembers = newMembers;
        this.members = members;
    }

    public Registrations.Mode mode() {
        return registrations.mode();
    }

    /**
     * A new member, able to sign in at once when sign-up is open, waiting otherwise.
     *
     * @throws NewMembers.Invalid with each field's problem
     * @throws IllegalStateException when sign-up is closed
     */
    @Transactional
    public Actor signUp(MemberForm form, String reason) {
        Registrations.Mode mode = registrations.mode();
        if (mode == Registrations.Mode.CLOSED) {
            throw new IllegalStateException("sign-up is closed");
        }
        String why = reason == null ? "" : reason.strip();
        if (mode == Registrations.Mode.APPROVAL && (why.isEmpty() || why.length() > LONGEST_REASON)) {
            MemberForm.Errors errors = form.validate().with("reason", why.isEmpty()
                    ? "Say in a sentence or two why you want to join." : "Keep it to 500 characters or fewer.");
            throw new NewMembers.Invalid(errors);
        }
        Actor actor = newMembers.create(form, MemberRole.MEMBER,
                mode == Registrations.Mode.OPEN ? clock.instant() : null, why.isEmpty() ? null : why);
        LOG.info("event=member_signed_up actorId={} username={} awaitingApproval={}", actor.id(), actor.username(),
                mode == Registrations.Mode.APPROVAL);
        return actor;
    }

    /** Accounts waiting for approval, oldest first. */
    public List<Member> waiting() {
        return members.findAwaitingApproval();
    }

    /** Approves a waiting account; false when there is none with this id. */
    @Transactional
    public boolean approve(long actorId) {
        boolean approved = members.approve(actorId, clock.instant()) == 1;
        LOG.info("event=sign_up_approved actorId={} approved={}", actorId, approved);
        return approved;
    }

    /** Turns a waiting account away: it and its actor are removed, freeing the handle and email. */
    @Transactional
    public boolean reject(long actorId) {
        boolean rejected = members.deleteAwaiting(actorId) == 1;
        LOG.info("event=sign_up_rejected actorId={} rejected={}", actorId, rejected);
        return rejected;
    }
}
