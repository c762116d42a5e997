package london.patchwork.server.members;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other capabilities may ask of the members capability: who a member is and what their role lets them do.
 * Sign-in methods (the session cookie here, app tokens elsewhere) all turn a member into an
 * {@link Authentication} through {@link #authentication}, so a suspended member is refused everywhere at once.
 */
@Singleton
public class MemberService {

    private final MemberRepository members;
    private final ActorRepository actors;
    private final MemberProfileFieldRepository profileFields;

    public MemberService(MemberRepository members, ActorRepository actors,
                         MemberProfileFieldRepository profileFields) {
        this.members = members;
        this.actors = actors;
        this.profileFields = profileFields;
    }

    /**
     * A member's password was changed or reset; published where it was stored. The members capability ends the
     * sessions itself; other capabilities end what the old password may have opened (apps: their tokens).
     */
    public record PasswordChanged(long memberActorId) {
    }

    /** A profile field as the member typed it (plain text), for an app's profile editor. */
    public record TypedField(String name, String value) {
    }

    /** The member's own profile fields as typed, in order (not the community roles field, which they tick). */
    public List<TypedField> typedProfileFields(long actorId) {
        return profileFields.fieldsOf(actorId).stream().map(field -> new TypedField(field.name(), field.value()))
                .toList();
    }

    /** A member as other capabilities see them: never the email or the password hash. */
    public record MemberSummary(long actorId, String handle, MemberRole role, boolean suspended,
                                boolean awaitingApproval) {

        public boolean organiser() {
            return role == MemberRole.ORGANISER;
        }

        /** Neither organiser nor moderator. */
        public boolean plainMember() {
            return role == MemberRole.MEMBER;
        }
    }

    public Optional<MemberSummary> find(long actorId) {
        return members.findById(actorId).flatMap(member -> actors.findById(actorId)
                .map(actor -> summary(member, actor)));
    }

    private static MemberSummary summary(Member member, Actor actor) {
        return new MemberSummary(member.actorId(), actor.username(),
                MemberRole.fromKey(member.role()).orElse(MemberRole.MEMBER), member.suspendedAt() != null,
                member.approvedAt() == null);
    }

    /**
     * The authentication a request signed in as this member carries, or empty when there is no such member, they
     * are suspended, or their sign-up still waits for approval.
     *
     * @param via how the request signed in ({@link Viewers#VIA})
     */
    public Optional<Authentication> authentication(long actorId, String via, Map<String, Object> extra) {
        return find(actorId).flatMap(member -> authentication(member, via, extra));
    }

    /** The same for a member already read (a session's), without reading them again. */
    Optional<Authentication> authentication(Member member, Actor actor, String via) {
        return authentication(summary(member, actor), via, Map.of());
    }

    private static Optional<Authentication> authentication(MemberSummary member, String via,
                                                           Map<String, Object> extra) {
        if (member.suspended() || member.awaitingApproval()) {
            return Optional.empty();
        }
        Map<String, Object> attributes = new java.util.HashMap<>(extra);
        attributes.put(Viewers.ACTOR_ID, member.actorId());
        attributes.put(Viewers.VIA, via);
        return Optional.of(Authentication.build(member.handle(), roles(member.role()), attributes));
    }

    /** A role and every role below it. */
    static List<String> roles(MemberRole role) {
        return switch (role) {
            case ORGANISER -> List.of(Roles.ORGANISER, Roles.MODERATOR, Roles.MEMBER);
            case MODERATOR -> List.of(Roles.MODERATOR, Roles.MEMBER);
            case MEMBER -> List.of(Roles.MEMBER);
        };
    }
}
