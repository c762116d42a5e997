package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.ProfileEditView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Draws the profile editing page, for the profile form and the avatar form alike. */
@Singleton
public class ProfilePage {

    private final Profiles profiles;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final LocalActorUris actorUris;
    private final String domain;

    public ProfilePage(Profiles profiles, FormTokens formTokens, SiteContext site, Uris uris,
                       LocalActorUris actorUris, Instance instance) {
        this.profiles = profiles;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.actorUris = actorUris;
        this.domain = instance.authority();
    }

    /**
     * @param form    what to show in the fields: as stored, or as typed
     * @param errors  problems by field, shown beside each
     * @param message what the last action did, or null
     */
    public HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, Sessions.SignedIn signedIn,
                                  ProfileForm form, Map<String, String> errors, @Nullable String message) {
        String token = formTokens.token(request);
        List<ProfileEditView.Row> rows = new ArrayList<>();
        for (int i = 0; i < ProfileForm.MOST_FIELDS; i++) {
            ProfileForm.Row row = i < form.fields().size() ? form.fields().get(i) : new ProfileForm.Row("", "");
            rows.add(new ProfileEditView.Row(i, row.name(), row.value()));
        }
        Set<String> chosen = form.communityRoles();
        List<ProfileEditView.RoleChoice> roles = profiles.communityRoles().stream()
                .map(role -> new ProfileEditView.RoleChoice(role.key(), role.label(), chosen.contains(role.key())))
                .toList();
        var actor = signedIn.actor();
        ProfileEditView view = new ProfileEditView(site.site(), PageMeta.of("Edit your profile", "Your account",
                uris.base().resolve("/account/profile").toString()), token,
                "@" + actor.username() + "@" + domain, actorUris.profilePage(actor).toString(), actor.iconUrl(),
                form.displayName(), form.bio(), rows, roles, form.discoverable(), errors, message);
        return HttpResponse.status(status).body(Pages.render("members/profile-edit", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
