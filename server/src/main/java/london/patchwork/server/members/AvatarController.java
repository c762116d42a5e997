package london.patchwork.server.members;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.site.FormTokens;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Uploading and removing one's avatar (from the profile page), and serving avatars. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AvatarController {

    private final Sessions sessions;
    private final Avatars avatars;
    private final Profiles profiles;
    private final ProfilePage page;
    private final FormTokens formTokens;

    public AvatarController(Sessions sessions, Avatars avatars, Profiles profiles, ProfilePage page,
                            FormTokens formTokens) {
        this.sessions = sessions;
        this.avatars = avatars;
        this.profiles = profiles;
        this.page = page;
        this.formTokens = formTokens;
    }

    /** A form with only its token (removing the avatar). */
    @Serdeable
    public record TokenForm(@Nullable @JsonProperty("_form") String form) {
    }

    @Post("/account/avatar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("avatar") CompletedFileUpload avatar,
                                  @Nullable @Part("_form") String form) throws IOException {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        if (!formTokens.accepts(request, form)) {
            return refused(request, signedIn.get(), HttpStatus.FORBIDDEN,
                    "The form had expired or did not come from this site; your avatar is unchanged.");
        }
        if (avatar == null || avatar.getSize() == 0) {
            return refused(request, signedIn.get(), HttpStatus.UNPROCESSABLE_ENTITY, "Choose a picture to upload.");
        }
        try {
            avatars.replace(signedIn.get().actor().id(), avatar.getBytes());
        } catch (Avatars.Refused refused) {
            return refused(request, signedIn.get(), HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        }
        return HttpResponse.seeOther(URI.create("/account/profile?avatar=saved"));
    }

    @Post("/account/avatar/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, @Body TokenForm posted) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        if (!formTokens.accepts(request, posted.form())) {
            return refused(request, signedIn.get(), HttpStatus.FORBIDDEN,
                    "The form had expired or did not come from this site; your avatar is unchanged.");
        }
        avatars.remove(signedIn.get().actor().id());
        return HttpResponse.seeOther(URI.create("/account/profile?avatar=removed"));
    }

    @Get(Avatars.PATH + "{id}.png")
    public HttpResponse<?> serve(@PathVariable long id) {
        return avatars.find(id).<HttpResponse<?>>map(avatar -> HttpResponse.ok(avatar.bytes())
                        .contentType(MediaType.IMAGE_PNG_TYPE)
                        // A new avatar gets a new id, so this one never changes.
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .header("X-Content-Type-Options", "nosniff"))
                .orElseGet(() -> HttpResponse.notFound());
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Sessions.SignedIn signedIn, HttpStatus status,
                                    String reason) {
        return page.render(request, status, signedIn, profiles.of(signedIn.actor()).asForm(),
                Map.of("avatar", reason), null);
    }
}
