package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.Optional;

/**
 * The introductions JSON API: weavers (organisers and moderators) read suggestions, propose and list every
 * introduction; members list what awaits their answer and accept or decline it.
 */
@Controller("/api/patchwork/introductions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class IntroductionsApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final IntroductionService introductions;
    private final Uris uris;

    IntroductionsApiController(IntroductionService introductions, Uris uris) {
        this.introductions = introductions;
        this.uris = uris;
    }

    @Get("/suggestions")
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    public HttpResponse<?> suggestions(@Nullable @QueryValue Integer limit) {
        return HttpResponse.ok(introductions.suggestions(size(limit)).stream().map(IntroductionJson.Suggested::of)
                .toList());
    }

    /** Every introduction, newest first. */
    @Get
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    public HttpResponse<?> list(@Nullable @QueryValue Integer limit, Authentication authentication) {
        ConnectionEditor viewer = ConnectionEditor.of(authentication);
        return HttpResponse.ok(introductions.latest(size(limit)).stream().map(row -> json(row, viewer)).toList());
    }

    /** What awaits the viewer's answer: for themselves, for the assets they added, and for organisers any asset's. */
    @Get("/awaiting")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    public HttpResponse<?> awaiting(Authentication authentication) {
        ConnectionEditor viewer = ConnectionEditor.of(authentication);
        return HttpResponse.ok(introductions.awaiting(viewer).stream().map(row -> json(row, viewer)).toList());
    }

    @Post
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> propose(@Body IntroductionJson.Propose body, Authentication authentication) {
        ConnectionEditor weaver = ConnectionEditor.of(authentication);
        return ConnectionsApiController.guarded(() -> {
            Introduction proposed = introductions.propose(weaver, body.proposal());
            return HttpResponse.created(json(proposed, weaver),
                    URI.create("/api/patchwork/introductions/" + proposed.id()));
        });
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id, Authentication authentication) {
        ConnectionEditor viewer = ConnectionEditor.of(authentication);
        return Ids.parse(id).flatMap(introductions::find)
                .filter(row -> viewer.moderator() || !introductions.answerable(row, viewer).isEmpty())
                .<HttpResponse<?>>map(row -> HttpResponse.ok(json(row, viewer)))
                .orElseGet(IntroductionsApiController::missing);
    }

    @Post("/{id}/accept")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> accept(@PathVariable String id, Authentication authentication) {
        return answer(id, authentication, true);
    }

    @Post("/{id}/decline")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> decline(@PathVariable String id, Authentication authentication) {
        return answer(id, authentication, false);
    }

    private HttpResponse<?> answer(String id, Authentication authentication, boolean accept) {
        Optional<Long> introductionId = Ids.parse(id);
        ConnectionEditor viewer = ConnectionEditor.of(authentication);
        if (introductionId.flatMap(introductions::find).isEmpty()) {
            return missing();
        }
        return ConnectionsApiController.guarded(() -> HttpResponse.ok(json(
                introductions.answer(introductionId.get(), viewer, accept), viewer)));
    }

    private IntroductionJson.Introduction json(Introduction row, ConnectionEditor viewer) {
        return IntroductionJson.Introduction.of(introductions.describe(row, viewer),
                uris.page("/api/patchwork/connections/").toString());
    }

    private static int size(@Nullable Integer limit) {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    static HttpResponse<?> missing() {
        return ApiError.of(HttpStatus.NOT_FOUND, "no such introduction");
    }
}
