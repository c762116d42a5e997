package london.patchwork.server.openreferral;

import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The hub's listed assets of kind service or group as Open Referral UK services. Each is its own organisation (assets
 * do not yet say who runs them; connections will) and, when it says where it is, has one location with one address.
 * Places, organisations and skills are not services and are left out: they are in the GeoJSON and CSV datasets.
 */
@Singleton
class OpenReferralServices {

    static final List<String> KINDS = List.of("service", "group");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}$");

    private final AssetService assets;
    private final PatchworkTaxonomy taxonomy;

    OpenReferralServices(AssetService assets, PatchworkTaxonomy taxonomy) {
        this.assets = assets;
        this.taxonomy = taxonomy;
    }

    AssetService.Listing page(AssetService.Filter filter, OrukPaging paging) {
        return assets.listed(filter, paging.perPage(), paging.offset());
    }

    Optional<OrukJson.Service> service(UUID id) {
        return assets.listed(id).filter(asset -> KINDS.contains(asset.kind())).map(this::full);
    }

    OrukJson.ServiceSummary summary(AssetService.Listed service) {
        OrukJson.Organization organization = organization(service);
        return new OrukJson.ServiceSummary(service.uuid().toString(), organization.id(), service.name(),
                service.description(), url(service), service.email(), service.status(), service.fees(),
                service.eligibility(), MILLIS.format(service.updatedAt()), organization);
    }

    OrukJson.Service full(AssetService.Listed service) {
        OrukJson.ServiceSummary summary = summary(service);
        String id = summary.id();
        UUID uuid = service.uuid();
        List<OrukJson.Phone> phones = service.phone() == null ? List.of()
                : List.of(new OrukJson.Phone(OrukIds.of(uuid, "phone"), id, null, service.phone()));
        List<OrukJson.Contact> contacts = service.email() == null && service.phone() == null ? List.of()
                : List.of(new OrukJson.Contact(OrukIds.of(uuid, "contact"), id, service.name(), service.email(),
                service.phone() == null ? List.of() : List.of(new OrukJson.Phone(OrukIds.of(uuid, "contact-phone"),
                        null, OrukIds.of(uuid, "contact"), service.phone()))));
        List<OrukJson.Schedule> schedules = service.schedule().isEmpty() ? List.of()
                : List.of(new OrukJson.Schedule(OrukIds.of(uuid, "schedule"), id, service.schedule()));
        List<OrukJson.Language> languages = service.languages().stream().map(language -> new OrukJson.Language(
                OrukIds.of(uuid, "language", language), id, language,
                LANGUAGE_CODE.matcher(language).matches() ? language : null)).toList();
        Map<String, String> categories = assets.categories();
        return new OrukJson.Service(id, summary.organizationId(), summary.name(), summary.description(),
                summary.url(), summary.email(), summary.status(), summary.fees(), summary.eligibilityDescription(),
                summary.lastModified(), summary.organization(),
                service.located() ? List.of(atLocation(service, false)) : List.of(), languages, contacts, phones,
                schedules, taxonomy.attributes(service, categories));
    }

    /** The service at its one location; the list form carries the service's summary too. */
    OrukJson.ServiceAtLocation atLocation(AssetService.Listed service, boolean withService) {
        UUID uuid = service.uuid();
        String locationId = OrukIds.of(uuid, "location");
        List<OrukJson.Address> addresses = service.address().isEmpty() && service.postcode().isEmpty() ? List.of()
                : List.of(new OrukJson.Address(OrukIds.of(uuid, "address"), locationId, service.address(), "", "",
                service.postcode(), "GB", "physical"));
        List<OrukJson.Accessibility> accessibility = service.accessibility().isEmpty() ? List.of()
                : List.of(new OrukJson.Accessibility(OrukIds.of(uuid, "accessibility"), locationId,
                service.accessibility()));
        OrukJson.Location location = new OrukJson.Location(locationId, "physical", service.url().toString(),
                service.locationName().isEmpty() ? service.name() : service.locationName(), "", service.latitude(),
                service.longitude(), addresses, accessibility);
        return new OrukJson.ServiceAtLocation(OrukIds.of(uuid, "service_at_location"), uuid.toString(), locationId,
                location, withService ? summary(service) : null);
    }

    private static OrukJson.Organization organization(AssetService.Listed service) {
        return new OrukJson.Organization(OrukIds.of(service.uuid(), "organization"), service.name(),
                service.description(), service.email(), service.website());
    }

    /** The service's own website when it has one, else its page on this hub. */
    private static String url(AssetService.Listed service) {
        return service.website() != null ? service.website() : service.url().toString();
    }
}
