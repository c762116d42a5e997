package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormBody;
import london.patchwork.server.site.MultipartForm;

import java.io.IOException;
import java.util.Optional;

/**
 * Mastodon's statuses API. A signed-in member writes as their own {@code Person} actor and may edit, delete or pin
 * only their own posts (anyone else's answers 404, as Mastodon does); the organiser token writes as the hub's
 * Group. Reading a public or unlisted post needs nothing; other posts are shown to those they are addressed to.
 */
@Controller("/api/v1/statuses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class StatusesController {

    private static final String NOT_FOUND = "Record not found";

    private final StatusService statuses;
    private final StatusJsonMapper json;
    private final StatusViews views;
    private final Audiences audiences;
    private final PostReactions reactions;
    private final Voices voices;

    public StatusesController(StatusService statuses, StatusJsonMapper json, StatusViews views, Audiences audiences,
                              PostReactions reactions, Voices voices) {
        this.statuses = statuses;
        this.json = json;
        this.views = views;
        this.audiences = audiences;
        this.reactions = reactions;
        this.voices = voices;
    }

    @io.micronaut.http.annotation.Post
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body StatusForm form, Authentication authentication,
                                  @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return publish(form, authentication, idempotencyKey);
    }

    /** The same, as most apps send it: a form, with {@code media_ids[]} repeated. */
    @io.micronaut.http.annotation.Post
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> createFromForm(@Body String body, Authentication authentication,
                                          @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        if (body.length() > FormBody.LARGEST) {
            return ApiError.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the status is too large");
        }
        return publish(StatusForm.of(FormBody.parse(body)), authentication, idempotencyKey);
    }

    @io.micronaut.http.annotation.Post
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> createFromMultipart(@Body MultipartBody body, Authentication authentication,
                                               @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        try {
            return publish(StatusForm.of(MultipartForm.read(body).fields()), authentication, idempotencyKey);
        } catch (IOException unreadable) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "the form could not be read");
        }
    }

    private HttpResponse<?> publish(StatusForm form, Authentication authentication, @Nullable String idempotencyKey) {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        boolean replyHidden = form.inReplyToId() != null && !form.inReplyToId().isBlank()
                && visible(form.inReplyToId(), author).isEmpty();
        if (replyHidden) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "in_reply_to_id names no post");
        }
        try {
            Post post = statuses.publish(author.get(), form, idempotencyKey);
            return HttpResponse.ok(json.toJson(post, false, author.get().id()));
        } catch (StatusService.InvalidStatus e) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:statuses")
    public HttpResponse<?> show(@PathVariable String id, @Nullable Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        return Ids.parse(id).flatMap(found -> views.show(found, viewer))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    @Get("/{id}/context")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:statuses")
    public HttpResponse<?> context(@PathVariable String id, @Nullable Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        return visible(id, viewer).<HttpResponse<?>>map(post -> HttpResponse.ok(views.context(post, viewer)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    @Put("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> edit(@PathVariable String id, @Body StatusForm form, Authentication authentication) {
        return change(id, form, authentication);
    }

    @Put("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> editFromForm(@PathVariable String id, @Body String body, Authentication authentication) {
        if (body.length() > FormBody.LARGEST) {
            return ApiError.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the status is too large");
        }
        return change(id, StatusForm.of(FormBody.parse(body)), authentication);
    }

    @Put("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> editFromMultipart(@PathVariable String id, @Body MultipartBody body,
                                             Authentication authentication) {
        try {
            return change(id, StatusForm.of(MultipartForm.read(body).fields()), authentication);
        } catch (IOException unreadable) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "the form could not be read");
        }
    }

    private HttpResponse<?> change(String id, StatusForm form, Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> post = author.flatMap(actor -> statuses.findOwn(actor, id));
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        try {
            return HttpResponse.ok(json.toJson(statuses.edit(author.get(), post.get(), form), false,
                    author.get().id()));
        } catch (StatusService.InvalidStatus e) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Delete("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> post = author.flatMap(actor -> statuses.findOwn(actor, id));
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        StatusJson answer = json.toJson(post.get(), true, author.get().id());
        statuses.delete(author.get(), post.get());
        return HttpResponse.ok(answer);
    }

    @io.micronaut.http.annotation.Post("/{id}/pin")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:accounts")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> pin(@PathVariable String id, Authentication authentication) {
        return pinned(id, true, authentication);
    }

    @io.micronaut.http.annotation.Post("/{id}/unpin")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:accounts")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> unpin(@PathVariable String id, Authentication authentication) {
        return pinned(id, false, authentication);
    }

    @io.micronaut.http.annotation.Post("/{id}/favourite")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:favourites")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> favourite(@PathVariable String id, Authentication authentication) {
        return react(id, authentication, "Like", true);
    }

    @io.micronaut.http.annotation.Post("/{id}/unfavourite")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:favourites")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> unfavourite(@PathVariable String id, Authentication authentication) {
        return react(id, authentication, "Like", false);
    }

    @io.micronaut.http.annotation.Post("/{id}/reblog")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> reblog(@PathVariable String id, Authentication authentication) {
        return react(id, authentication, "Announce", true);
    }

    @io.micronaut.http.annotation.Post("/{id}/unreblog")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> unreblog(@PathVariable String id, Authentication authentication) {
        return react(id, authentication, "Announce", false);
    }

    private HttpResponse<?> react(String id, Authentication authentication, String type, boolean on) {
        Optional<Actor> actor = voices.of(authentication);
        Optional<Post> post = actor.flatMap(viewer -> visible(id, Optional.of(viewer)));
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        boolean listed = post.get().visibility() == Visibility.PUBLIC || post.get().visibility() == Visibility.UNLISTED;
        if (type.equals("Announce") && on && !listed) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: only public posts can be boosted");
        }
        Post after = on ? reactions.react(actor.get(), post.get(), type)
                : reactions.undo(actor.get(), post.get(), type);
        Optional<StatusJson> boost = type.equals("Announce") && on ? views.boostBy(actor.get(), after)
                : Optional.empty();
        return HttpResponse.ok(boost.orElseGet(() -> json.toJson(after, false, actor.get().id())));
    }

    private HttpResponse<?> pinned(String id, boolean pinned, Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> post = author.flatMap(actor -> statuses.findOwn(actor, id));
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        if (pinned && post.get().visibility() != Visibility.PUBLIC && post.get().visibility() != Visibility.UNLISTED) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: only public posts can be pinned");
        }
        return HttpResponse.ok(json.toJson(statuses.pin(author.get(), post.get(), pinned), false, author.get().id()));
    }

    private Optional<Post> visible(String id, Optional<Actor> viewer) {
        return statuses.findVisible(id).filter(post -> audiences.canSee(post, viewer));
    }
}
