package london.patchwork.server.members;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormBody;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.ProfileEditView;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A signed-in member edits their public profile: name, bio, community roles, fields, directory listing. */
@Controller("/account/profile")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ProfileController {

    private final Sessions sessions;
    private final Profiles profiles;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final LocalActorUris actorUris;
    private final String domain;

    public ProfileController(Sessions sessions, Profiles profiles, FormTokens formTokens, SiteContext site,
                             Uris uris, LocalActorUris actorUris, Instance instance) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.actorUris = actorUris;
        this.domain = instance.authority();
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Profiles.Profile profile = profiles.of(signedIn.get().actor());
        return page(request, HttpStatus.OK, signedIn.get(), profile.asForm(), Map.of(), false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body String body) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        FormBody posted = FormBody.parse(body.length() > FormBody.LARGEST ? "" : body);
        ProfileForm form = fromPosted(posted);
        if (!formTokens.accepts(request, posted.first(FormTokens.FIELD))) {
            return page(request, HttpStatus.FORBIDDEN, signedIn.get(), form, Map.of("displayName",
                    "The form had expired or did not come from this site; check what you typed and save again."),
                    false);
        }
        try {
            Profiles.Profile saved = profiles.update(signedIn.get().actor().id(), form);
            return page(request, HttpStatus.OK, signedIn.get(), saved.asForm(), Map.of(), true);
        } catch (Profiles.Invalid invalid) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, signedIn.get(), form, invalid.problems(), false);
        }
    }

    static ProfileForm fromPosted(FormBody posted) {
        List<ProfileForm.Row> rows = new ArrayList<>();
        for (int i = 0; i < ProfileForm.MOST_FIELDS; i++) {
            rows.add(new ProfileForm.Row(posted.first("field" + i + "Name"), posted.first("field" + i + "Value")));
        }
        return new ProfileForm(posted.first("displayName"), posted.first("bio"), rows,
                new HashSet<>(posted.all("communityRole")), "true".equals(posted.first("discoverable")));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Sessions.SignedIn signedIn,
                                 ProfileForm form, Map<String, String> errors, boolean saved) {
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
                "@" + actor.username() + "@" + domain, actorUris.profilePage(actor).toString(),
                form.displayName(), form.bio(), rows, roles, form.discoverable(), errors, saved);
        return HttpResponse.status(status).body(Pages.render("members/profile-edit", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
