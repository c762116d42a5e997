package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.assets.AssetFormView;
import london.patchwork.web.assets.AssetHistoryView;
import london.patchwork.web.assets.AssetListView;
import london.patchwork.web.assets.AssetMapView;
import london.patchwork.web.assets.AssetPageView;
import london.patchwork.web.layout.PageMeta;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The assets' pages as view models for {@code web/assets/}. */
@Singleton
class AssetPages {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AssetCategories categories;
    private final AssetService assets;
    private final AssetViews views;
    private final SiteContext site;
    private final Uris uris;
    private final MapConfiguration map;

    AssetPages(AssetCategories categories, AssetService assets, AssetViews views, SiteContext site, Uris uris,
               MapConfiguration map) {
        this.map = map;
        this.assets = assets;
        this.categories = categories;
        this.views = views;
        this.site = site;
        this.uris = uris;
    }

    AssetListView list(List<Asset> assets, AssetListFilter filter, boolean canAdd, String error) {
        Map<String, String> names = categories.all();
        List<AssetListView.Entry> entries = assets.stream().map(asset -> new AssetListView.Entry(
                String.valueOf(asset.id()), asset.name(), asset.kind(), names.getOrDefault(asset.category(),
                asset.category()), asset.postcode(), asset.tags())).toList();
        return new AssetListView(site.site(), PageMeta.of("Community assets", "The places, organisations, groups, "
                + "services and skills mapped by the members of " + site.site().hubName(),
                uris.page("/assets").toString()), entries, categoryOptions(names),
                kindOptions(),
                filter.category(), filter.kind(), filter.tag(), filter.text(), canAdd, error);
    }

    /** One page of the map's list; {@code found} may hold one more than {@code pageSize}, meaning a next page. */
    AssetMapView map(List<AssetSearch.Point> found, int pageSize, AssetListFilter filter, String bbox, int page,
                     String error) {
        Map<String, String> names = categories.all();
        List<AssetMapView.Entry> entries = found.stream().limit(pageSize).map(point -> new AssetMapView.Entry(
                String.valueOf(point.id()), point.name(), point.kind(), names.getOrDefault(point.category(),
                point.category()), point.postcode(), String.valueOf(point.latitude()),
                String.valueOf(point.longitude()))).toList();
        return new AssetMapView(site.site(), PageMeta.of("Map of community assets", "A map of the places, "
                + "organisations, groups, services and skills mapped by the members of " + site.site().hubName(),
                uris.page("/map").toString()), entries, categoryOptions(names), kindOptions(), filter.category(),
                filter.kind(), filter.tag(), filter.text(), bbox, (page - 1) * pageSize + 1,
                page > 1 ? mapPage(filter, bbox, page - 1) : "",
                found.size() > pageSize ? mapPage(filter, bbox, page + 1) : "", error, map.background(),
                "/api/patchwork/assets/geojson");
    }

    private static String mapPage(AssetListFilter filter, String bbox, int page) {
        StringBuilder address = new StringBuilder("/map?");
        String[][] given = {{"category", filter.category()}, {"kind", filter.kind()}, {"tag", filter.tag()},
                {"q", filter.text()}, {"bbox", bbox}};
        for (String[] parameter : given) {
            if (!parameter[1].isEmpty()) {
                address.append(parameter[0]).append('=')
                        .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8)).append('&');
            }
        }
        return address.append("page=").append(page).toString();
    }

    AssetPageView page(Asset asset, AssetEditor viewer, String formToken) {
        String id = String.valueOf(asset.id());
        String category = categories.all().getOrDefault(asset.category(), asset.category());
        boolean placed = asset.latitude() != null && asset.longitude() != null;
        String mapUrl = placed ? "https://www.openstreetmap.org/?mlat=" + asset.latitude() + "&mlon="
                + asset.longitude() + "#map=17/" + asset.latitude() + "/" + asset.longitude() : "";
        return new AssetPageView(site.site(), PageMeta.of(asset.name(), asset.description().isEmpty()
                ? asset.kind() + " · " + category : asset.description(), views.url(asset).toString()), id,
                asset.name(), asset.kind(), category, asset.description(), details(AssetJson.Fields.of(asset.input())),
                asset.website() == null ? "" : asset.website(), placed ? asset.latitude().toString() : "",
                placed ? asset.longitude().toString() : "", mapUrl, asset.tags(), views.handle(asset.createdBy()),
                READABLE.format(asset.createdAt()), Asset.PENDING.equals(asset.review()), viewer.mayChange(asset),
                viewer.moderator(), formToken, assets.photo(asset).map(AssetPages::shown).orElse(""),
                assets.photo(asset).map(photo -> photo.description() == null ? "" : photo.description()).orElse(""),
                AssetViews.origin(asset), asset.uri() == null ? "" : asset.uri());
    }

    AssetHistoryView history(Asset asset, List<AssetService.Revision> revisions) {
        return new AssetHistoryView(site.site(), PageMeta.of("History of " + asset.name(), "Every edit of "
                + asset.name(), uris.page("/assets/" + asset.id() + "/history").toString()),
                String.valueOf(asset.id()), asset.name(), revisions.stream().map(revision ->
                new AssetHistoryView.Revision(revision.revision().number(),
                        views.handle(revision.revision().authorId()), READABLE.format(revision.revision().createdAt()),
                        everything(revision.fields()))).toList());
    }

    /** @param photoUrl the photo uploaded with a form that came back, empty for none */
    AssetFormView newForm(String formToken, Map<String, String> typed, Map<String, String> errors, String photoUrl) {
        return form("Add an asset", formToken, true, "", typed, errors, photoUrl);
    }

    /** @param photoUrl the photo uploaded with a form that came back; empty for the asset's own */
    AssetFormView editForm(Asset asset, String formToken, Map<String, String> typed, Map<String, String> errors,
                           String photoUrl) {
        return form("Edit " + asset.name(), formToken, false, String.valueOf(asset.id()), typed, errors,
                photoUrl.isEmpty() ? assets.photo(asset).map(AssetPages::shown).orElse("") : photoUrl);
    }

    private AssetFormView form(String title, String formToken, boolean creating, String id,
                               Map<String, String> typed, Map<String, String> errors, String photoUrl) {
        return new AssetFormView(site.site(), PageMeta.of(title, title, uris.page(creating ? "/assets/new"
                : "/assets/" + id + "/edit").toString()), formToken, creating, id, typed, errors,
                categoryOptions(categories.all()), AssetInput.KINDS, AssetInput.STATUSES, map.background(), photoUrl);
    }

    /** The photo as a page shows it: its preview where there is one. */
    static String shown(MediaService.Attachment photo) {
        return photo.previewUrl() != null ? photo.previewUrl() : photo.url();
    }

    private static List<AssetListView.Option> kindOptions() {
        return AssetInput.KINDS.stream().map(kind -> new AssetListView.Option(kind, kind)).toList();
    }

    private static List<AssetListView.Option> categoryOptions(Map<String, String> names) {
        return names.entrySet().stream().map(entry -> new AssetListView.Option(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The filled-in fields, labelled, in Open Referral UK's order: organisation, service, location. */
    private static List<AssetPageView.Detail> details(AssetJson.Fields fields) {
        Map<String, String> labelled = new LinkedHashMap<>();
        labelled.put("Kind", fields.kind());
        labelled.put("Category", fields.category());
        labelled.put("Email", fields.email());
        labelled.put("Phone", fields.phone());
        labelled.put("Status", fields.status());
        labelled.put("Who it is for", fields.eligibility());
        labelled.put("Fees", fields.fees());
        labelled.put("When", fields.schedule());
        labelled.put("Languages", String.join(", ", fields.languages()));
        labelled.put("Place", fields.locationName());
        labelled.put("Address", fields.address());
        labelled.put("Postcode", fields.postcode());
        labelled.put("Accessibility", fields.accessibility());
        List<AssetPageView.Detail> details = new ArrayList<>();
        labelled.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                details.add(new AssetPageView.Detail(label, value));
            }
        });
        return details;
    }

    /** All of a revision's fields, so two revisions can be compared by eye. */
    private static List<AssetPageView.Detail> everything(AssetJson.Fields fields) {
        List<AssetPageView.Detail> all = new ArrayList<>();
        all.add(new AssetPageView.Detail("Name", fields.name()));
        if (!fields.description().isBlank()) {
            all.add(new AssetPageView.Detail("Description", fields.description()));
        }
        if (fields.website() != null) {
            all.add(new AssetPageView.Detail("Website", fields.website()));
        }
        all.addAll(details(fields));
        if (fields.latitude() != null) {
            all.add(new AssetPageView.Detail("Coordinates", fields.latitude() + ", " + fields.longitude()));
        }
        if (!fields.tags().isEmpty()) {
            all.add(new AssetPageView.Detail("Tags", String.join(", ", fields.tags())));
        }
        return all;
    }
}
