package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.database.AdvisoryLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** What organisers do to members' accounts: list them and change their roles. */
@Singleton
public class MemberAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(MemberAdministration.class);

    private final MemberRepository members;
    private final ActorRepository actors;
    private final CommunityRoleRepository communityRoles;
    private final AdvisoryLocks locks;

    public MemberAdministration(MemberRepository members, ActorRepository actors,
                                CommunityRoleRepository communityRoles, AdvisoryLocks locks) {
        this.members = members;
        this.actors = actors;
        this.communityRoles = communityRoles;
        this.locks = locks;
    }

    /** A member as organisers see them: with their email, role and state. */
    public record Account(Member member, Actor actor, List<CommunityRole> communityRoles) {
        public MemberRole role() {
            return MemberRole.fromKey(member.role()).orElse(MemberRole.MEMBER);
        }
    }

    /** The role could not be changed; nothing changed. */
    public static final class Refused extends Exception {
        private final boolean notFound;

        Refused(String reason, boolean notFound) {
            super(reason);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    public List<Account> list() {
        return members.listNewestFirst().stream().flatMap(member -> actors.findById(member.actorId()).stream()
                .map(actor -> new Account(member, actor, communityRoles.rolesOf(member.actorId())))).toList();
    }

    public Optional<Account> find(long actorId) {
        return members.findById(actorId).flatMap(member -> actors.findById(actorId)
                .map(actor -> new Account(member, actor, communityRoles.rolesOf(actorId))));
    }

    /** Changes a member's role; the hub always keeps at least one organiser who is not suspended. */
    @Transactional
    public Account changeRole(long actorId, MemberRole role) throws Refused {
        // Two organisers demoting each other at once must not both succeed: one lock, then the guarded update.
        locks.lockForTransaction(AdvisoryLocks.Key.MEMBER_ROLES);
        if (members.findById(actorId).isEmpty()) {
            throw new Refused("no such member", true);
        }
        if (members.changeRole(actorId, role.key()) == 0) {
            throw new Refused("the hub needs at least one organiser: make someone else an organiser first", false);
        }
        LOG.info("event=member_role_changed actorId={} role={}", actorId, role.key());
        return find(actorId).orElseThrow();
    }
}
