package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.members.MemberService;

import java.util.Optional;

/**
 * Who may silence or suspend whom. Remote accounts: any moderator. The hub's own actors: no one (the hub cannot
 * silence itself). A member: an organiser may act on anyone but themselves; a moderator only on members, so a
 * moderator cannot lock the organisers out of the hub they run.
 */
@Singleton
public class ModerationStanding {

    private final MemberService members;

    public ModerationStanding(MemberService members) {
        this.members = members;
    }

    /** Why {@code by} may not act on this account, if they may not. */
    public Optional<String> refusal(Acting by, Actor target) {
        if (!target.local()) {
            return Optional.empty();
        }
        if (target.actorType() != ActorType.Person) {
            return Optional.of("the hub's own actors cannot be silenced or suspended");
        }
        if (by.actorId() != null && by.actorId().equals(target.id())) {
            return Optional.of("you cannot silence or suspend yourself");
        }
        Optional<MemberService.MemberSummary> targetMember = members.find(target.id());
        if (by.actorId() == null || targetMember.isEmpty() || targetMember.get().plainMember()) {
            return Optional.empty();
        }
        boolean organiser = members.find(by.actorId()).map(MemberService.MemberSummary::organiser).orElse(false);
        return organiser ? Optional.empty()
                : Optional.of("only an organiser can silence or suspend a moderator or an organiser");
    }
}
