package london.patchwork.server.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.http.ApiError;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Open Referral UK API (HSDS 3.0 UK profile), read-only and open: the root, services as a Page and one by id,
 * services at their locations, and the hub's taxonomies and their terms. A malformed page number is 400; an id
 * this hub does not know is 404; filters the profile names that assets cannot answer (ages, times, days) and
 * unknown ones are ignored.
 */
@Controller("/openreferral")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenReferralController {

    static final String PROFILE = "https://github.com/openreferral/uk-profile";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final OpenReferralServices services;
    private final OrukFilters filters;
    private final PatchworkTaxonomy taxonomy;

    OpenReferralController(OpenReferralServices services, OrukFilters filters, PatchworkTaxonomy taxonomy) {
        this.services = services;
        this.filters = filters;
        this.taxonomy = taxonomy;
    }

    @Get
    HttpResponse<?> root() {
        return json(new OrukJson.Root("3.0", PROFILE, OPENAPI));
    }

    @Get("/services")
    HttpResponse<?> services(HttpRequest<?> request) {
        return listing(request, false, services::summary);
    }

    @Get("/services/{id}")
    HttpResponse<?> service(@PathVariable String id) {
        return uuid(id).flatMap(services::service).<HttpResponse<?>>map(OpenReferralController::json)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such service"));
    }

    @Get("/service_at_locations")
    HttpResponse<?> serviceAtLocations(HttpRequest<?> request) {
        return listing(request, true, service -> services.atLocation(service, true));
    }

    @Get("/taxonomies")
    HttpResponse<?> taxonomies(HttpRequest<?> request) {
        return paged(request, paging -> paging.slice(taxonomy.taxonomies()));
    }

    @Get("/taxonomies/{id}")
    HttpResponse<?> taxonomy(@PathVariable String id) {
        return taxonomy.taxonomy(id).<HttpResponse<?>>map(OpenReferralController::json)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such taxonomy"));
    }

    @Get("/taxonomy_terms")
    HttpResponse<?> taxonomyTerms(HttpRequest<?> request) {
        @Nullable String taxonomyId = request.getParameters().get("taxonomy_id");
        return paged(request, paging -> paging.slice(taxonomy.terms().stream()
                .map(PatchworkTaxonomy.Term::json)
                .filter(term -> taxonomyId == null || term.taxonomyId().equals(taxonomyId)).toList()));
    }

    @Get("/taxonomy_terms/{id}")
    HttpResponse<?> taxonomyTerm(@PathVariable String id) {
        return taxonomy.term(id).<HttpResponse<?>>map(term -> json(term.json()))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such taxonomy term"));
    }

    private <T> HttpResponse<?> listing(HttpRequest<?> request, boolean located,
                                        Function<AssetService.Listed, T> shape) {
        HttpParameters parameters = request.getParameters();
        Optional<AssetService.Filter> filter;
        try {
            filter = filters.of(parameters, located);
        } catch (IllegalArgumentException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return paged(request, paging -> {
            if (filter.isEmpty()) {
                return paging.of(List.<T>of(), 0);
            }
            AssetService.Listing page = services.page(filter.get(), paging);
            return paging.of(page.assets().stream().map(shape).toList(), page.total());
        });
    }

    private static HttpResponse<?> paged(HttpRequest<?> request, Function<OrukPaging, Object> page) {
        OrukPaging paging;
        try {
            paging = OrukPaging.parse(request.getParameters().get("page"), request.getParameters().get("per_page"));
        } catch (IllegalArgumentException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return json(page.apply(paging));
    }

    static Optional<UUID> uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static HttpResponse<?> json(Object body) {
        try {
            return HttpResponse.ok(JSON.writeValueAsString(body)).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("Access-Control-Allow-Origin", "*");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
