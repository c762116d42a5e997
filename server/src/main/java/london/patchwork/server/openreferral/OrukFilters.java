package london.patchwork.server.openreferral;

import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The profile's filters on services, as a query on assets: {@code text} (or the profile's {@code search}),
 * {@code taxonomy_term_id} (a category, kind or tag), {@code taxonomy_id} (tags: only tagged services),
 * {@code modified_after} and {@code postcode} (services whose postcode starts so).
 */
@Singleton
class OrukFilters {

    private final PatchworkTaxonomy taxonomy;

    OrukFilters(PatchworkTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * @return empty when the filter can match nothing (a term or taxonomy this hub does not have)
     * @throws IllegalArgumentException when a value is malformed, for a 400
     */
    Optional<AssetService.Filter> of(HttpParameters parameters, boolean located) {
        String text = first(parameters, "text");
        if (text == null) {
            text = first(parameters, "search");
        }
        String category = null;
        String kind = null;
        String tag = null;
        String termId = first(parameters, "taxonomy_term_id");
        if (termId != null) {
            Optional<PatchworkTaxonomy.Term> term = taxonomy.term(termId);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            switch (term.get().taxonomy()) {
                case PatchworkTaxonomy.CATEGORIES -> category = term.get().value();
                case PatchworkTaxonomy.KINDS -> kind = term.get().value();
                default -> tag = term.get().value();
            }
        }
        boolean tagged = false;
        String taxonomyId = first(parameters, "taxonomy_id");
        if (taxonomyId != null) {
            if (taxonomy.taxonomy(taxonomyId).isEmpty()) {
                return Optional.empty();
            }
            // Every service has a category and a kind; only the tags taxonomy narrows the list.
            tagged = taxonomyId.equals(taxonomy.id(PatchworkTaxonomy.TAGS));
        }
        return Optional.of(new AssetService.Filter(OpenReferralServices.KINDS, category, kind, tag, tagged, text,
                modifiedAfter(first(parameters, "modified_after")), first(parameters, "postcode"), located));
    }

    /** An RFC 3339 date-time, or a date (from its midnight, UTC). */
    static Instant modifiedAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException("modified_after must be a date-time like 2026-01-31T09:00:00Z "
                        + "or a date like 2026-01-31");
            }
        }
    }

    private static String first(HttpParameters parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
