package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's public profile: name, bio, fields and community roles. A change is stored in one transaction with the
 * {@code Update} that tells the member's followers (through {@link LocalActors#updateProfile}).
 */
@Singleton
public class Profiles {

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final CommunityRoleRepository communityRoles;
    private final MemberProfileFieldRepository fields;

    public Profiles(ActorRepository actors, LocalActors localActors, CommunityRoleRepository communityRoles,
                    MemberProfileFieldRepository fields) {
        this.actors = actors;
        this.localActors = localActors;
        this.communityRoles = communityRoles;
        this.fields = fields;
    }

    /** A member's profile as stored. */
    public record Profile(Actor actor, List<CommunityRole> communityRoles, List<MemberProfileField> fields) {

        public ProfileForm asForm() {
            return new ProfileForm(actor.displayName(), actor.summary(),
                    fields.stream().map(field -> new ProfileForm.Row(field.name(), field.value())).toList(),
                    communityRoles.stream().map(CommunityRole::key).collect(Collectors.toSet()),
                    actor.discoverable());
        }
    }

    /** The profile could not be saved; nothing was changed. */
    public static final class Invalid extends Exception {
        private final transient Map<String, String> problems;

        Invalid(Map<String, String> problems) {
            super(String.join(" ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    public Profile of(Actor actor) {
        return new Profile(actor, communityRoles.rolesOf(actor.id()), fields.fieldsOf(actor.id()));
    }

    public List<CommunityRole> communityRoles() {
        return communityRoles.listInOrder();
    }

    @Transactional
    public Profile update(long actorId, ProfileForm form) throws Invalid {
        Set<String> known = communityRoles.listInOrder().stream().map(CommunityRole::key).collect(Collectors.toSet());
        Map<String, String> problems = form.problems(known);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Actor actor = actors.findById(actorId).orElseThrow(() -> new IllegalStateException("no actor " + actorId));
        fields.clearFieldsOf(actorId);
        List<ProfileForm.Row> rows = form.filledFields();
        for (int i = 0; i < rows.size(); i++) {
            fields.save(new MemberProfileField(null, actorId, i, rows.get(i).name(), rows.get(i).value()));
        }
        communityRoles.clearRolesOf(actorId);
        for (String key : form.communityRoles()) {
            communityRoles.findByKey(key).ifPresent(role -> communityRoles.addRole(actorId, role.id()));
        }
        String name = form.displayName().isEmpty() ? actor.username() : form.displayName();
        Actor updated = localActors.updateProfile(actor, name, form.bio(), form.discoverable());
        return of(updated);
    }
}
