package london.patchwork.server.members;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.ProfileField;
import london.patchwork.server.actors.ProfileFieldSource;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A member's fields in their actor and Mastodon Account: first their community roles, as one "Community roles" field
 * (Mastodon shows only the first four fields, and the roles matter most to the hub), then the member's own fields.
 */
@Singleton
public class MemberProfileFields implements ProfileFieldSource {

    public static final String COMMUNITY_ROLES = "Community roles";

    private final CommunityRoleRepository communityRoles;
    private final MemberProfileFieldRepository fields;

    public MemberProfileFields(CommunityRoleRepository communityRoles, MemberProfileFieldRepository fields) {
        this.communityRoles = communityRoles;
        this.fields = fields;
    }

    @Override
    public List<ProfileField> fieldsOf(Actor actor) {
        if (actor.actorType() != ActorType.Person) {
            return List.of();
        }
        List<ProfileField> shown = new ArrayList<>();
        List<CommunityRole> roles = communityRoles.rolesOf(actor.id());
        if (!roles.isEmpty()) {
            shown.add(new ProfileField(COMMUNITY_ROLES, Html.escape(roles.stream().map(CommunityRole::label)
                    .collect(Collectors.joining(", ")))));
        }
        for (MemberProfileField field : fields.fieldsOf(actor.id())) {
            shown.add(new ProfileField(Html.escape(field.name()), valueHtml(field.value())));
        }
        return shown;
    }

    /** A web address becomes a link, as Mastodon renders one; anything else is escaped text. */
    static String valueHtml(String value) {
        if (value.startsWith("https://") || value.startsWith("http://")) {
            try {
                URI uri = new URI(value);
                if (uri.getHost() != null && value.indexOf(' ') < 0) {
                    String shown = value.replaceFirst("^https?://", "");
                    return "<a href=\"" + Html.escape(value) + "\" rel=\"me nofollow noopener noreferrer\" "
                            + "target=\"_blank\">" + Html.escape(shown) + "</a>";
                }
            } catch (java.net.URISyntaxException notAnAddress) {
                // shown as text below
            }
        }
        return Html.escape(value);
    }
}
