package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;

import java.time.Instant;

/**
 * Makes a member: their {@code Person} actor with its key, and their account, inside the caller's transaction. The
 * one path for joining by invitation and by sign-up, so both check the same rules.
 */
@Singleton
public class NewMembers {

    private final MemberRepository members;
    private final LocalActors localActors;
    private final Passwords passwords;

    public NewMembers(MemberRepository members, LocalActors localActors, Passwords passwords) {
        this.members = members;
        this.localActors = localActors;
        this.passwords = passwords;
    }

    /** The form was refused, field by field; rolls the caller's transaction back. */
    public static final class Invalid extends RuntimeException {
        private final MemberForm.Errors errors;

        Invalid(MemberForm.Errors errors) {
            super("invalid", null, false, false);
            this.errors = errors;
        }

        public MemberForm.Errors errors() {
            return errors;
        }
    }

    /**
     * @param approvedAt when the account may first sign in; null leaves it waiting for an organiser
     * @throws Invalid with each field's problem
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Actor create(MemberForm form, MemberRole role, @Nullable Instant approvedAt, @Nullable String reason) {
        MemberForm.Errors errors = form.validate();
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (members.findByEmailIgnoringCase(form.email().strip()).isPresent()) {
            throw new Invalid(MemberForm.Errors.single("email", "An account already uses this email."));
        }
        Actor actor = localActors.createPerson(form.handle().strip(), form.displayNameOrHandle())
                .orElseThrow(() -> new Invalid(MemberForm.Errors.single("handle",
                        "This handle is taken; choose another.")));
        members.save(new Member(actor.id(), form.email().strip(), passwords.hash(form.password().toCharArray()),
                role.key(), null, null, approvedAt, reason));
        return actor;
    }
}
