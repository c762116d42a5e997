package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormBody;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An asset's ties on a page of its own (the assets capability cannot know connections, so its page links here):
 * the list, a form for members to add one with this asset as its subject, and removing one's own.
 */
@Controller("/assets/{id}/connections")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class AssetConnectionsController {

    private final ConnectionService connections;
    private final AssetService assets;
    private final AssetConnectionsPage page;
    private final FormTokens formTokens;
    private final SiteContext site;

    AssetConnectionsController(ConnectionService connections, AssetService assets, AssetConnectionsPage page,
                               FormTokens formTokens, SiteContext site) {
        this.connections = connections;
        this.assets = assets;
        this.page = page;
        this.formTokens = formTokens;
        this.site = site;
    }

    @Get
    public HttpResponse<?> list(@PathVariable String id, HttpRequest<?> request,
                                @Nullable Authentication authentication) {
        return asset(id).<HttpResponse<?>>map(asset -> render(HttpStatus.OK, asset, request, authentication, ""))
                .orElseGet(this::missing);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(@PathVariable String id, HttpRequest<?> request, @Body String body,
                               @Nullable Authentication authentication) {
        Optional<AssetService.Entry> asset = asset(id);
        FormBody form = FormBody.parse(body.length() > FormBody.LARGEST ? "" : body);
        HttpResponse<?> refused = refusal(id, asset, form, request, authentication);
        if (refused != null) {
            return refused;
        }
        String other = form.first("asset").strip();
        String account = form.first("account").strip();
        // Exactly one of the two names the other end; TieInput says so when it is neither or both.
        ConnectionService.EndRef object = new ConnectionService.EndRef(other.isEmpty() ? null : other,
                account.isEmpty() ? null : account);
        int strength;
        try {
            strength = Integer.parseInt(form.first("strength").strip());
        } catch (NumberFormatException e) {
            strength = 0;
        }
        try {
            connections.create(ConnectionEditor.of(authentication), new TieInput(form.first("type"),
                    ConnectionService.EndRef.asset(asset.get().id()), object, null, strength, form.first("note")));
            return HttpResponse.seeOther(URI.create("/assets/" + id + "/connections"));
        } catch (ConnectionService.Invalid invalid) {
            return render(HttpStatus.UNPROCESSABLE_ENTITY, asset.get(), request, authentication, invalid.getMessage());
        }
    }

    @Post("/{tieId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(@PathVariable String id, @PathVariable String tieId, HttpRequest<?> request,
                                  @Body String body, @Nullable Authentication authentication) {
        Optional<AssetService.Entry> asset = asset(id);
        FormBody form = FormBody.parse(body.length() > FormBody.LARGEST ? "" : body);
        HttpResponse<?> refused = refusal(id, asset, form, request, authentication);
        if (refused != null) {
            return refused;
        }
        try {
            long tie = Ids.parse(tieId).orElseThrow(ConnectionService.NotFound::new);
            connections.delete(tie, ConnectionEditor.of(authentication));
            return HttpResponse.seeOther(URI.create("/assets/" + id + "/connections"));
        } catch (ConnectionService.NotFound gone) {
            return render(HttpStatus.NOT_FOUND, asset.get(), request, authentication, "There is no such connection.");
        } catch (ConnectionService.Forbidden forbidden) {
            return render(HttpStatus.FORBIDDEN, asset.get(), request, authentication, forbidden.getMessage());
        }
    }

    /** Why a form post goes no further (no such asset, not signed in, an expired form), or null. */
    @Nullable
    private HttpResponse<?> refusal(String id, Optional<AssetService.Entry> asset, FormBody form,
                                    HttpRequest<?> request, @Nullable Authentication authentication) {
        if (asset.isEmpty()) {
            return missing();
        }
        if (!member(authentication)) {
            return signIn(id);
        }
        if (!formTokens.accepts(request, form.first(FormTokens.FIELD))) {
            return render(HttpStatus.FORBIDDEN, asset.get(), request, authentication,
                    "The form had expired: please try again.");
        }
        return null;
    }

    private Optional<AssetService.Entry> asset(String id) {
        return Ids.parse(id).flatMap(assets::entry).filter(AssetService.Entry::listed);
    }

    private HttpResponse<?> render(HttpStatus status, AssetService.Entry asset, HttpRequest<?> request,
                                   @Nullable Authentication authentication, String error) {
        String token = formTokens.token(request);
        return HttpResponse.status(status).body(Pages.render("connections/asset", page.view(asset,
                ConnectionEditor.of(authentication), member(authentication), token, error)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such asset", "There is no asset here.", "/assets", "All assets");
    }

    private static boolean member(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MEMBER);
    }

    private static HttpResponse<?> signIn(String id) {
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode("/assets/" + id + "/connections",
                StandardCharsets.UTF_8)));
    }
}
