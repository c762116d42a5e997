package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.site.FormBody;
import london.patchwork.server.site.MultipartForm;
import io.micronaut.http.server.multipart.MultipartBody;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mastodon's {@code PATCH /api/v1/accounts/update_credentials}: a member changes their profile from an app. Only
 * the keys sent change, as in Mastodon; Patchwork adds {@code community_roles[]}. A multipart request may carry
 * a new {@code avatar}, handled as on the profile page.
 */
@Controller("/api/v1/accounts/update_credentials")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ProfileApiController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Profiles profiles;
    private final Avatars avatars;
    private final ActorRepository actors;
    private final AccountJsonMapper accounts;

    public ProfileApiController(Profiles profiles, Avatars avatars, ActorRepository actors,
                                AccountJsonMapper accounts) {
        this.profiles = profiles;
        this.avatars = avatars;
        this.actors = actors;
        this.accounts = accounts;
    }

    @Patch
    @Secured(Roles.MEMBER)
    @OAuthScope("write:accounts")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @Body String body) {
        Optional<Long> actorId = Viewers.actorId(authentication);
        if (actorId.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "only a member has a profile to update");
        }
        if (body.length() > FormBody.LARGEST) {
            return ApiError.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the profile is too large");
        }
        var actor = actors.findById(actorId.get()).orElseThrow();
        ProfileForm current = profiles.of(actor).asForm();
        ProfileForm changed;
        try {
            changed = MediaType.APPLICATION_JSON_TYPE.matches(request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE))
                    ? fromJson(current, JSON.readTree(body)) : fromForm(current, FormBody.parse(body));
        } catch (IOException unreadable) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "the body is not JSON");
        }
        return save(actorId.get(), changed, null);
    }

    /** The same, as most apps send it: multipart, perhaps with a new {@code avatar}. */
    @Patch
    @Secured(Roles.MEMBER)
    @OAuthScope("write:accounts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> updateMultipart(Authentication authentication, @Body MultipartBody body) {
        Optional<Long> actorId = Viewers.actorId(authentication);
        if (actorId.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "only a member has a profile to update");
        }
        MultipartForm form;
        try {
            form = MultipartForm.read(body);
        } catch (IOException unreadable) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "the form could not be read");
        }
        var actor = actors.findById(actorId.get()).orElseThrow();
        return save(actorId.get(), fromForm(profiles.of(actor).asForm(), form.fields()), form.files().get("avatar"));
    }

    private HttpResponse<?> save(long actorId, ProfileForm changed, byte[] avatar) {
        try {
            if (avatar != null && avatar.length > 0) {
                avatars.replace(actorId, avatar);
            }
            return HttpResponse.ok(accounts.toJson(profiles.update(actorId, changed).actor()));
        } catch (Avatars.Refused refused) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: avatar: " + refused.getMessage());
        } catch (Profiles.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: " + invalid.getMessage());
        }
    }

    private static ProfileForm fromForm(ProfileForm current, FormBody form) {
        String name = form.has("display_name") ? form.first("display_name") : current.displayName();
        String bio = form.has("note") ? form.first("note") : current.bio();
        boolean discoverable = form.has("discoverable") ? truthy(form.first("discoverable")) : current.discoverable();
        List<ProfileForm.Row> rows = current.fields();
        if (form.values().keySet().stream().anyMatch(key -> key.startsWith("fields_attributes"))) {
            rows = new ArrayList<>();
            for (int i = 0; i < ProfileForm.MOST_FIELDS + 1; i++) {
                String prefix = "fields_attributes[" + i + "]";
                if (form.has(prefix + "[name]") || form.has(prefix + "[value]")) {
                    rows.add(new ProfileForm.Row(form.first(prefix + "[name]"), form.first(prefix + "[value]")));
                }
            }
        }
        Set<String> roles = form.has("community_roles[]") ? new LinkedHashSet<>(form.all("community_roles[]"))
                : current.communityRoles();
        return new ProfileForm(name, bio, rows, roles, discoverable);
    }

    private static ProfileForm fromJson(ProfileForm current, JsonNode json) {
        String name = json.hasNonNull("display_name") ? json.get("display_name").asText() : current.displayName();
        String bio = json.hasNonNull("note") ? json.get("note").asText() : current.bio();
        boolean discoverable = json.hasNonNull("discoverable") ? truthy(json.get("discoverable").asText())
                : current.discoverable();
        List<ProfileForm.Row> rows = current.fields();
        JsonNode fields = json.get("fields_attributes");
        if (fields != null && (fields.isArray() || fields.isObject())) {
            rows = new ArrayList<>();
            // Mastodon takes an array, or an object keyed "0", "1"… as Rails forms produce.
            for (JsonNode field : fields) {
                rows.add(new ProfileForm.Row(field.path("name").asText(""), field.path("value").asText("")));
            }
        }
        Set<String> roles = current.communityRoles();
        JsonNode given = json.get("community_roles");
        if (given != null && given.isArray()) {
            roles = new LinkedHashSet<>();
            for (JsonNode key : given) {
                roles.add(key.asText());
            }
        }
        return new ProfileForm(name, bio, rows, roles, discoverable);
    }

    private static boolean truthy(String value) {
        return "true".equalsIgnoreCase(value) || "1".equals(value) || "on".equalsIgnoreCase(value);
    }
}
