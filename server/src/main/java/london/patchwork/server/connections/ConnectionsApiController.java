package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
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

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connections JSON API: anyone reads; members (and the organiser token, as the hub) record ties; whoever recorded
 * a tie, moderators and organisers change and remove it. Bad input is 422 with the reasons, and nothing is stored.
 */
@Controller("/api/patchwork/connections")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionsApiController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final ConnectionService connections;
    private final ConnectionViews views;

    ConnectionsApiController(ConnectionService connections, ConnectionViews views) {
        this.connections = connections;
        this.views = views;
    }

    /**
     * The ties touching one asset ({@code asset}), or every live tie by id ({@code type} to filter, {@code after}
     * and {@code limit} to page, a {@code Link} header naming the next page).
     */
    @Get
    public HttpResponse<?> query(@Nullable @QueryValue String asset, @Nullable @QueryValue String type,
                                 @Nullable @QueryValue String after, @Nullable @QueryValue Integer limit) {
        if (asset != null) {
            Optional<Long> assetId = Ids.parse(asset);
            return assetId.<HttpResponse<?>>map(id -> HttpResponse.ok(connections.ofAsset(id).stream()
                            .filter(tie -> type == null || tie.type().equals(type)).map(views::json).toList()))
                    .orElseGet(() -> ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "asset must be an asset's id"));
        }
        long from = after == null ? 0 : Ids.parse(after).orElse(-1L);
        if (from < 0) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "after must be a connection's id");
        }
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        List<Tie> page = connections.page(type == null || type.isBlank() ? null : type.strip(), from, size);
        MutableHttpResponse<?> response = HttpResponse.ok(page.stream().limit(size).map(views::json).toList());
        if (page.size() > size) {
            response.header("Link", "</api/patchwork/connections?limit=" + size + "&after=" + page.get(size - 1).id()
                    + (type == null ? "" : "&type=" + java.net.URLEncoder.encode(type,
                    java.nio.charset.StandardCharsets.UTF_8)) + ">; rel=\"next\"");
        }
        return response;
    }

    @Get("/types")
    public HttpResponse<?> types() {
        return HttpResponse.ok(connections.types().stream().map(ConnectionJson.Type::of).toList());
    }

    /** A hub-defined type of tie, beside the six every hub has. */
    @Post("/types")
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> addType(@Body ConnectionJson.TypeWrite body, Authentication authentication) {
        return guarded(() -> HttpResponse.created(ConnectionJson.Type.of(connections.addType(
                ConnectionEditor.of(authentication), body.slug(), body.name(), Boolean.TRUE.equals(body.mutual())))));
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id) {
        return Ids.parse(id).flatMap(connections::find).<HttpResponse<?>>map(tie -> HttpResponse.ok(views.json(tie)))
                .orElseGet(ConnectionsApiController::missing);
    }

    @Post
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body ConnectionJson.Write body, Authentication authentication) {
        return guarded(() -> {
            Tie tie = connections.create(ConnectionEditor.of(authentication), body.over(null));
            return HttpResponse.created(views.json(tie), URI.create("/api/patchwork/connections/" + tie.id()));
        });
    }

    @Put("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> replace(@PathVariable String id, @Body ConnectionJson.Write body,
                                   Authentication authentication) {
        return edit(id, body, authentication, true);
    }

    @Patch("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> patch(@PathVariable String id, @Body ConnectionJson.Write body,
                                 Authentication authentication) {
        return edit(id, body, authentication, false);
    }

    @Delete("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<Long> tieId = Ids.parse(id);
        return tieId.isEmpty() ? missing() : guarded(() -> {
            connections.delete(tieId.get(), ConnectionEditor.of(authentication));
            return HttpResponse.noContent();
        });
    }

    private HttpResponse<?> edit(String id, ConnectionJson.Write body, Authentication authentication,
                                 boolean replace) {
        Optional<Long> tieId = Ids.parse(id);
        if (tieId.isEmpty()) {
            return missing();
        }
        return guarded(() -> {
            Tie current = connections.find(tieId.get()).orElseThrow(ConnectionService.NotFound::new);
            TieInput input = body.over(replace ? null : views.input(current));
            return HttpResponse.ok(views.json(connections.edit(tieId.get(), ConnectionEditor.of(authentication),
                    input)));
        });
    }

    /** The service's refusals as HTTP answers. */
    static HttpResponse<?> guarded(Supplier<HttpResponse<?>> action) {
        try {
            return action.get();
        } catch (ConnectionService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        } catch (ConnectionService.NotFound gone) {
            return missing();
        } catch (ConnectionService.Forbidden forbidden) {
            return ApiError.of(HttpStatus.FORBIDDEN, forbidden.getMessage());
        }
    }

    static HttpResponse<?> missing() {
        return ApiError.of(HttpStatus.NOT_FOUND, "no such connection");
    }
}
