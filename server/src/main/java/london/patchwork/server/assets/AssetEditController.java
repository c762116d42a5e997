package london.patchwork.server.assets;

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
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.MultipartForm;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.assets.AssetFormView;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adding and editing assets without JavaScript, and the delete, approve and reject buttons. Visitors who are not
 * signed in are sent to sign in first; a refused form comes back with what was typed and the reasons beside the
 * fields.
 */
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class AssetEditController {

    private static final String EXPIRED = "The form had expired or did not come from this site. Check it and save "
            + "again.";

    private final AssetService assets;
    private final AssetCategories categories;
    private final AssetPages pages;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final AssetPhotos photos;
    private final MapConfiguration map;

    AssetEditController(AssetService assets, AssetCategories categories, AssetPages pages, FormTokens formTokens,
                        SiteContext site, AssetPhotos photos, MapConfiguration map) {
        this.photos = photos;
        this.map = map;
        this.assets = assets;
        this.categories = categories;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** The delete, approve and reject buttons' form: only its token. */
    @io.micronaut.serde.annotation.Serdeable
    public record ButtonForm(@Nullable @com.fasterxml.jackson.annotation.JsonProperty("_form") String form) {
    }

    @Get("/new")
    public HttpResponse<?> newForm(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (!member(authentication)) {
            return signIn("/assets/new");
        }
        String token = formTokens.token(request);
        return form(HttpStatus.OK, token, pages.newForm(token, Map.of("kind", "place", "status", "active"),
                Map.of(), ""));
    }

    /**
     * The form as browsers send it: multipart, for its photo. The body is read whole, once, and the fields and the
     * photo taken from it: bound as a record beside a {@code @Part} file, Micronaut could bind the record before
     * the fields had arrived (an empty or partial form, refused for want of its kind or token).
     */
    @Post("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> create(HttpRequest<?> request, @Body MultipartBody body,
                                  @Nullable Authentication authentication) throws IOException {
        if (!member(authentication)) {
            return signIn("/assets/new");
        }
        return whole(body, (posted, photo) -> save(request, null, posted, photo, AssetEditor.of(authentication)));
    }

    /** The same form without a file field (a client that sends it urlencoded). */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> createFromForm(HttpRequest<?> request, @Body AssetForm posted,
                                          @Nullable Authentication authentication) throws IOException {
        if (!member(authentication)) {
            return signIn("/assets/new");
        }
        return save(request, null, posted, null, AssetEditor.of(authentication));
    }

    @Get("/{id}/edit")
    public HttpResponse<?> editForm(@PathVariable String id, HttpRequest<?> request,
                                    @Nullable Authentication authentication) {
        if (!member(authentication)) {
            return signIn("/assets/" + id + "/edit");
        }
        AssetEditor editor = AssetEditor.of(authentication);
        Optional<Asset> asset = Ids.parse(id).flatMap(assetId -> assets.visible(assetId, editor));
        if (asset.isEmpty()) {
            return missing();
        }
        if (!editor.mayChange(asset.get())) {
            return forbidden(asset.get());
        }
        String token = formTokens.token(request);
        Map<String, String> shown = new HashMap<>(AssetForm.of(asset.get()));
        shown.put("photo_description", photos.description(asset.get()));
        return form(HttpStatus.OK, token, pages.editForm(asset.get(), token, shown, Map.of(), ""));
    }

    /** Editing, multipart as the form is sent; read whole, once, as {@link #create} explains. */
    @Post("/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> edit(@PathVariable String id, HttpRequest<?> request, @Body MultipartBody body,
                                @Nullable Authentication authentication) throws IOException {
        if (!member(authentication)) {
            return signIn("/assets/" + id + "/edit");
        }
        return whole(body, (posted, photo) -> editing(id, request, posted, photo, authentication));
    }

    @Post("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> editFromForm(@PathVariable String id, HttpRequest<?> request, @Body AssetForm posted,
                                        @Nullable Authentication authentication) throws IOException {
        if (!member(authentication)) {
            return signIn("/assets/" + id + "/edit");
        }
        return editing(id, request, posted, null, authentication);
    }

    private HttpResponse<?> editing(String id, HttpRequest<?> request, AssetForm posted, @Nullable byte[] photo,
                                    Authentication authentication) throws IOException {
        AssetEditor editor = AssetEditor.of(authentication);
        Optional<Asset> asset = Ids.parse(id).flatMap(assetId -> assets.visible(assetId, editor));
        if (asset.isEmpty()) {
            return missing();
        }
        return save(request, asset.get(), posted, photo, editor);
    }

    /** What to do with the form and its photo's bytes (null when no file was chosen). */
    private interface Posted {
        HttpResponse<?> with(AssetForm posted, @Nullable byte[] photo) throws IOException;
    }

    /** Reads the multipart body whole, then hands over its fields and photo; 400 when it could not be read. */
    private HttpResponse<?> whole(MultipartBody body, Posted then) throws IOException {
        MultipartForm form;
        try {
            form = MultipartForm.read(body);
        } catch (IOException unreadable) {
            return unreadableForm();
        }
        return then.with(AssetForm.of(form.fields()), form.files().get("photo"));
    }

    private HttpResponse<?> unreadableForm() {
        return site.notice(HttpStatus.BAD_REQUEST, "The form did not arrive", "The form could not be read. Go back "
                + "and save it again.", "/assets", "All assets");
    }

    /** Adds ({@code editing} null) or edits; the photo is taken first, so a refused form keeps it. */
    private HttpResponse<?> save(HttpRequest<?> request, @Nullable Asset editing, AssetForm posted,
                                 @Nullable byte[] photo, AssetEditor editor) throws IOException {
        if (editing != null && !editor.mayChange(editing)) {
            return forbidden(editing);
        }
        String token = formTokens.token(request);
        Map<String, String> typed = new HashMap<>(posted.typed());
        if (!formTokens.accepts(request, posted.form())) {
            return refused(HttpStatus.FORBIDDEN, token, editing, typed, Map.of("_form", EXPIRED), "");
        }
        Map<String, String> unreadable = unreadable(posted);
        if (!unreadable.isEmpty()) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, token, editing, typed, unreadable, "");
        }
        AssetPhotos.Chosen chosen = photos.choose(editor.actorId(), posted, photo,
                editing == null ? null : editing.photoId());
        if (chosen.photoId() != null) {
            typed.put("photo_id", chosen.photoId());
        }
        if (!chosen.problems().isEmpty()) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, token, editing, typed, chosen.problems(), "");
        }
        try {
            Asset saved = editing == null ? assets.create(editor, posted.input(), chosen.photoId())
                    : assets.edit(editing.id(), editor, posted.input(), chosen.photoId());
            return HttpResponse.seeOther(URI.create("/assets/" + saved.id()));
        } catch (AssetService.Invalid invalid) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, token, editing, typed, invalid.errors(),
                    chosen.shownUrl());
        } catch (AssetService.Forbidden refused) {
            return forbidden(editing);
        } catch (AssetService.NotFound gone) {
            return missing();
        }
    }

    private HttpResponse<?> refused(HttpStatus status, String token, @Nullable Asset editing,
                                    Map<String, String> typed, Map<String, String> errors, String photoUrl) {
        return form(status, token, editing == null ? pages.newForm(token, typed, errors, photoUrl)
                : pages.editForm(editing, token, typed, errors, photoUrl));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(@PathVariable String id, HttpRequest<?> request, @Body ButtonForm posted,
                                  @Nullable Authentication authentication) {
        return button(id, request, posted, authentication, "/assets", assetId ->
                assets.delete(assetId, AssetEditor.of(authentication)));
    }

    @Post("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> approve(@PathVariable String id, HttpRequest<?> request, @Body ButtonForm posted,
                                   @Nullable Authentication authentication) {
        return button(id, request, posted, authentication, "/assets/" + id, assetId ->
                assets.review(assetId, AssetEditor.of(authentication), Asset.APPROVED));
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(@PathVariable String id, HttpRequest<?> request, @Body ButtonForm posted,
                                  @Nullable Authentication authentication) {
        return button(id, request, posted, authentication, "/assets", assetId ->
                assets.review(assetId, AssetEditor.of(authentication), Asset.REJECTED));
    }

    private HttpResponse<?> button(String id, HttpRequest<?> request, ButtonForm posted,
                                   @Nullable Authentication authentication, String then,
                                   java.util.function.LongConsumer action) {
        if (!member(authentication)) {
            return signIn("/assets/" + id);
        }
        Optional<Long> assetId = Ids.parse(id);
        if (assetId.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", "/assets/" + id, "The asset");
        }
        try {
            action.accept(assetId.get());
            return HttpResponse.seeOther(URI.create(then));
        } catch (AssetService.NotFound gone) {
            return missing();
        } catch (AssetService.Forbidden refused) {
            return site.notice(HttpStatus.FORBIDDEN, "Not yours to change", refused.getMessage(), "/assets/" + id,
                    "The asset");
        }
    }

    /** Coordinates that are not numbers, and whatever else is wrong with the rest. */
    private Map<String, String> unreadable(AssetForm posted) {
        Map<String, String> problems = new LinkedHashMap<>(posted.unreadable());
        if (!problems.isEmpty()) {
            posted.input().problems(new HashSet<>(categories.slugs())).forEach((field, reason) -> {
                if (!field.equals("latitude") && !field.equals("longitude")) {
                    problems.putIfAbsent(field, reason);
                }
            });
        }
        return problems;
    }

    private HttpResponse<?> form(HttpStatus status, String token, AssetFormView view) {
        return HttpResponse.status(status).body(Pages.render("assets/form", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Content-Security-Policy", map.pagePolicy());
    }

    private HttpResponse<?> forbidden(Asset asset) {
        return site.notice(HttpStatus.FORBIDDEN, "Not yours to change", "Only whoever added this asset, moderators "
                + "and organisers may change it.", "/assets/" + asset.id(), "The asset");
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such asset", "There is no asset here.", "/assets",
                "All assets");
    }

    private static boolean member(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MEMBER);
    }

    private static HttpResponse<?> signIn(String next) {
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}
