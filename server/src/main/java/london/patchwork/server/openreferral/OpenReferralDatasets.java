package london.patchwork.server.openreferral;

import jakarta.inject.Singleton;
import london.patchwork.server.site.DatasetSource;

import java.util.List;

/** The Open Referral UK API's lists, on {@code /datasets} and as the home page's alternates. */
@Singleton
class OpenReferralDatasets implements DatasetSource {

    static final String SECTION = "Open Referral UK";

    @Override
    public List<Dataset> datasets() {
        return List.of(
                new Dataset(SECTION, "Services (Open Referral UK)",
                        "The services and groups this hub lists, in the HSDS 3.0 UK profile, paged; each in full at "
                                + "/openreferral/services/{id}. The API's root is /openreferral/.",
                        "/openreferral/services", "application/json", "Open Referral UK JSON"),
                new Dataset(SECTION, "Services at their locations (Open Referral UK)",
                        "Each service with a place, its address and position.",
                        "/openreferral/service_at_locations", "application/json", "Open Referral UK JSON"),
                new Dataset(SECTION, "Taxonomy terms (Open Referral UK)",
                        "The hub's ABCD categories, asset kinds and tags the services are classified by.",
                        "/openreferral/taxonomy_terms", "application/json", "Open Referral UK JSON"));
    }
}
