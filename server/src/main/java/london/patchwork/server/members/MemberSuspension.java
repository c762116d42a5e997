package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.moderation.AccountSuspension;

import java.time.Instant;

/**
 * Moderators suspend members: the account is marked, every session ends at once, and sign-in and token checks
 * ({@link Sessions#current}, {@link MemberService#authentication}) refuse it from then on.
 */
@Singleton
public class MemberSuspension implements AccountSuspension {

    private final MemberRepository members;
    private final MemberSessionRepository sessions;

    public MemberSuspension(MemberRepository members, MemberSessionRepository sessions) {
        this.members = members;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public boolean suspend(long actorId) {
        return members.findById(actorId).map(member -> {
            if (member.suspendedAt() == null) {
                members.update(withSuspension(member, Instant.now()));
            }
            sessions.deleteByMemberActorId(actorId);
            return true;
        }).orElse(false);
    }

    @Override
    @Transactional
    public boolean unsuspend(long actorId) {
        return members.findById(actorId).map(member -> {
            members.update(withSuspension(member, null));
            return true;
        }).orElse(false);
    }

    private static Member withSuspension(Member member, Instant at) {
        return member.withSuspendedAt(at);
    }
}
