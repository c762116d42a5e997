package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.site.FormBody;
import london.patchwork.server.site.FormTokens;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A signed-in member edits their public profile: name, bio, community roles, fields, directory listing. */
@Controller("/account/profile")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ProfileController {

    private final Sessions sessions;
    private final Profiles profiles;
    private final FormTokens formTokens;
    private final ProfilePage page;

    public ProfileController(Sessions sessions, Profiles profiles, FormTokens formTokens, ProfilePage page) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.formTokens = formTokens;
        this.page = page;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String avatar) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Profiles.Profile profile = profiles.of(signedIn.get().actor());
        String message = "saved".equals(avatar) ? "Your new avatar has been saved, and your followers have been told."
                : "removed".equals(avatar) ? "Your avatar has been removed." : null;
        return page.render(request, HttpStatus.OK, signedIn.get(), profile.asForm(), Map.of(), message);
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
            return page.render(request, HttpStatus.FORBIDDEN, signedIn.get(), form, Map.of("displayName",
                    "The form had expired or did not come from this site; check what you typed and save again."),
                    null);
        }
        try {
            Profiles.Profile saved = profiles.update(signedIn.get().actor().id(), form);
            return page.render(request, HttpStatus.OK, signedIn.get(), saved.asForm(), Map.of(),
                    "Your profile has been saved, and your followers have been told.");
        } catch (Profiles.Invalid invalid) {
            return page.render(request, HttpStatus.UNPROCESSABLE_ENTITY, signedIn.get(), form, invalid.problems(),
                    null);
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
}
