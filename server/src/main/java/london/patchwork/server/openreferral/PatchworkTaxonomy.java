package london.patchwork.server.openreferral;

import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.instance.Uris;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hub's own taxonomies, as Open Referral UK publishes them: its ABCD categories (the six built in and the hub's
 * own), the kinds of asset it lists as services, and the tags those services carry.
 */
@Singleton
class PatchworkTaxonomy {

    static final String CATEGORIES = "abcd-categories";
    static final String KINDS = "asset-kinds";
    static final String TAGS = "tags";
    static final Map<String, String> SERVICE_KINDS = Map.of("service", "Service", "group", "Group");

    /** A term with what it stands for: a category slug, a kind or a tag in the taxonomy named. */
    record Term(String taxonomy, String value, OrukJson.TaxonomyTerm json) {
    }

    private final AssetService assets;
    private final Uris uris;

    PatchworkTaxonomy(AssetService assets, Uris uris) {
        this.assets = assets;
        this.uris = uris;
    }

    List<OrukJson.Taxonomy> taxonomies() {
        return List.of(describe(CATEGORIES), describe(KINDS), describe(TAGS));
    }

    /** The id of one of the three taxonomies, by its key. */
    String id(String key) {
        return OrukIds.taxonomy(uris.base().toString(), key);
    }

    Optional<OrukJson.Taxonomy> taxonomy(String id) {
        return taxonomies().stream().filter(taxonomy -> taxonomy.id().equals(id)).findFirst();
    }

    /** Every term: categories, then kinds, then tags. */
    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        assets.categories().forEach((slug, name) -> terms.add(term(CATEGORIES, slug, name)));
        OpenReferralServices.KINDS.forEach(kind -> terms.add(term(KINDS, kind, SERVICE_KINDS.get(kind))));
        assets.listedTags(OpenReferralServices.KINDS).forEach(tag -> terms.add(term(TAGS, tag, "#" + tag)));
        return terms;
    }

    Optional<Term> term(String id) {
        return terms().stream().filter(term -> term.json().id().equals(id)).findFirst();
    }

    /** The service's category, kind and tags as attributes, each with its term. */
    List<OrukJson.Attribute> attributes(AssetService.Listed service, Map<String, String> categories) {
        List<Term> terms = new ArrayList<>();
        terms.add(term(CATEGORIES, service.category(), categories.getOrDefault(service.category(),
                service.category())));
        terms.add(term(KINDS, service.kind(), SERVICE_KINDS.getOrDefault(service.kind(), service.kind())));
        service.tags().forEach(tag -> terms.add(term(TAGS, tag, "#" + tag)));
        return terms.stream().map(term -> new OrukJson.Attribute(
                OrukIds.of(service.uuid(), "attribute", term.json().id()), service.uuid().toString(), term.taxonomy(),
                "service", term.json().id(), term.json())).toList();
    }

    private Term term(String taxonomy, String value, String label) {
        String hub = uris.base().toString();
        String query = switch (taxonomy) {
            case CATEGORIES -> "category=";
            case KINDS -> "kind=";
            default -> "tag=";
        };
        OrukJson.TaxonomyTerm json = new OrukJson.TaxonomyTerm(OrukIds.term(hub, taxonomy, value), label, label,
                description(taxonomy, label), name(taxonomy), OrukIds.taxonomy(hub, taxonomy),
                uris.page("/assets?" + query + URLEncoder.encode(value, StandardCharsets.UTF_8)).toString());
        return new Term(taxonomy, value, json);
    }

    private OrukJson.Taxonomy describe(String key) {
        String description = switch (key) {
            case CATEGORIES -> "Asset-based community development categories: gifts of individuals, associations, "
                    + "institutions, physical spaces, local economy, culture and stories, and the hub's own.";
            case KINDS -> "What sort of community asset a service is: a service, or a group people can join.";
            default -> "The tags members gave the services this hub lists.";
        };
        return new OrukJson.Taxonomy(id(key), name(key), description,
                uris.page("/openreferral/taxonomies/" + id(key)).toString(), "1");
    }

    private static String name(String key) {
        return switch (key) {
            case CATEGORIES -> "Patchwork ABCD categories";
            case KINDS -> "Patchwork asset kinds";
            default -> "Patchwork tags";
        };
    }

    private static String description(String taxonomy, String label) {
        return switch (taxonomy) {
            case CATEGORIES -> "ABCD category: " + label;
            case KINDS -> "Kind of asset: " + label;
            default -> "Tagged " + label;
        };
    }
}
