package london.patchwork.server.apps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mastodon's markers: where the member stopped reading home and notifications, so another app resumes there. */
@Controller("/api/v1/markers")
@Secured(Roles.MEMBER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class MarkersController {

    private static final List<String> TIMELINES = List.of("home", "notifications");

    private final Markers markers;

    public MarkersController(Markers markers) {
        this.markers = markers;
    }

    /** A marker as Mastodon shows it. */
    @Serdeable
    public record MarkerJson(@JsonProperty("last_read_id") String lastReadId, int version,
                             @JsonProperty("updated_at") String updatedAt) {
    }

    /** A position to save as JSON: {@code {"home": {"last_read_id": "1"}}}. */
    @Serdeable
    public record MarkersForm(@Nullable Position home, @Nullable Position notifications) {
    }

    @Serdeable
    public record Position(@Nullable @JsonProperty("last_read_id") String lastReadId) {
    }

    @Get
    @OAuthScope("read:statuses")
    public HttpResponse<?> show(@Nullable Authentication authentication,
                                @Nullable @QueryValue("timeline[]") List<String> timelines,
                                @Nullable @QueryValue("timeline") List<String> plainTimelines) {
        Optional<Long> member = Viewers.actorId(authentication);
        if (member.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This method requires an authenticated user");
        }
        List<String> wanted = timelines != null && !timelines.isEmpty() ? timelines
                : plainTimelines == null ? List.of() : plainTimelines;
        return HttpResponse.ok(json(member.get(), wanted));
    }

    @Post
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> save(@Nullable Authentication authentication, @Body MarkersForm form) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("home", form.home() == null ? null : form.home().lastReadId());
        given.put("notifications", form.notifications() == null ? null : form.notifications().lastReadId());
        return save(authentication, given);
    }

    /** The same as a form, as Tusky posts it: {@code home[last_read_id]=1}. */
    @Post
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> saveForm(@Nullable Authentication authentication, @Nullable @Body String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : (body == null ? "" : body).split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        Map<String, String> given = new LinkedHashMap<>();
        TIMELINES.forEach(timeline -> given.put(timeline, fields.get(timeline + "[last_read_id]")));
        return save(authentication, given);
    }

    private HttpResponse<?> save(@Nullable Authentication authentication, Map<String, String> given) {
        Optional<Long> member = Viewers.actorId(authentication);
        if (member.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This method requires an authenticated user");
        }
        given.values().removeIf(id -> id == null || id.isBlank());
        if (given.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "home[last_read_id] or notifications[last_read_id]"
                    + " is required");
        }
        if (given.values().stream().anyMatch(id -> id.length() > 64)) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "last_read_id is too long");
        }
        given.forEach((timeline, id) -> markers.save(member.get(), timeline, id.strip()));
        return HttpResponse.ok(json(member.get(), List.copyOf(given.keySet())));
    }

    private Map<String, MarkerJson> json(long member, List<String> wanted) {
        Map<String, MarkerJson> answer = new LinkedHashMap<>();
        markers.of(member).stream().filter(marker -> wanted.contains(marker.timeline())
                        && TIMELINES.contains(marker.timeline()))
                .forEach(marker -> answer.put(marker.timeline(), new MarkerJson(marker.lastReadId(),
                        marker.version(), AccountJsonMapper.time(marker.updatedAt()))));
        return answer;
    }
}
