package london.patchwork.server.openreferral;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The Open Referral UK (HSDS 3.0 UK profile) shapes this hub serves, written out snake_case with absent (null)
 * members left out. Only what assets can fill is here; see docs/api.md for what maps onto what.
 */
final class OrukJson {

    private OrukJson() {
    }

    /** The API root: which HSDS version and profile it follows. */
    record Root(String version, String profile, String openapiUrl) {
    }

    /** The profile's Page: paging figures and one page of contents. */
    record Page<T>(long totalItems, long totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {
    }

    record Organization(String id, String name, String description, String email, String website) {
    }

    /** A service as {@code /services} lists it: its one-to-one fields and organisation. */
    record ServiceSummary(String id, String organizationId, String name, String description, String url,
                          String email, String status, String fees, String eligibilityDescription,
                          String lastModified, Organization organization) {
    }

    /** A fully nested service, as {@code /services/{id}} gives it. */
    record Service(String id, String organizationId, String name, String description, String url, String email,
                   String status, String fees, String eligibilityDescription, String lastModified,
                   Organization organization, List<ServiceAtLocation> serviceAtLocations, List<Language> languages,
                   List<Contact> contacts, List<Phone> phones, List<Schedule> schedules,
                   List<Attribute> attributes) {
    }

    /** A service at a location; {@code service} is filled only in the {@code /service_at_locations} list. */
    record ServiceAtLocation(String id, String serviceId, String locationId, Location location,
                             ServiceSummary service) {
    }

    record Location(String id, String locationType, String url, String name, String description, Double latitude,
                    Double longitude, List<Address> addresses, List<Accessibility> accessibility) {
    }

    record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city,
                   String stateProvince, String postalCode, String country, String addressType) {
    }

    record Accessibility(String id, String locationId, String description) {
    }

    record Language(String id, String serviceId, String name, String code) {
    }

    record Contact(String id, String serviceId, String name, String email, List<Phone> phones) {
    }

    record Phone(String id, String serviceId, String contactId, String number) {
    }

    record Schedule(String id, String serviceId, String description) {
    }

    /** A service's link to a taxonomy term: its ABCD category, its kind and each tag. */
    record Attribute(String id, String linkId, String linkType, String linkEntity, String taxonomyTermId,
                     TaxonomyTerm taxonomyTerm) {
    }

    /** {@code name} repeats {@code term}: some versions of the profile's schemas require one, some the other. */
    record TaxonomyTerm(String id, String term, String name, String description, String taxonomy, String taxonomyId,
                        String termUri) {
    }

    record Taxonomy(String id, String name, String description, String uri, String version) {
    }
}
