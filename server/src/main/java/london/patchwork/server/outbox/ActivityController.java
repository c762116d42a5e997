package london.patchwork.server.outbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.ApiError;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A local activity at its id, so that ids dereference as ActivityPub asks. Only activities listed in the
 * outbox are served; the rest (follows, accepts, non-public posts) were meant for their recipients alone.
 */
@Controller("/activities")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
public class ActivityController {

    private final LocalActivityRepository activities;

    public ActivityController(LocalActivityRepository activities) {
        this.activities = activities;
    }

    @Get("/{id}")
    public HttpResponse<?> activity(@PathVariable String id) {
        Optional<LocalActivity> activity = Ids.parse(id).flatMap(activities::findById)
                .filter(LocalActivity::isPublic);
        if (activity.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such activity");
        }
        return HttpResponse.ok(activity.get().raw().getBytes(StandardCharsets.UTF_8))
                .contentType(ActivityResponses.ACTIVITY_JSON)
                .header("Access-Control-Allow-Origin", "*");
    }
}
