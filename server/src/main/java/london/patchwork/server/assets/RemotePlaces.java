package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.federation.vocab.AssetFields;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Place;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A peer's {@code Place} read as an asset's fields, leniently: a malformed or oversized optional field is dropped or
 * cut, never a reason to refuse the asset; only a Place without a name is not an asset. The description is the
 * sanitised content read as plain text, so no markup a peer sent reaches a page.
 */
final class RemotePlaces {

    static final int MAX_SHORT = 200;
    static final int MAX_LIST = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}$");

    /** Where a peer's asset goes when its category is one this hub does not have. */
    private static final Map<String, String> CATEGORY_BY_KIND = Map.of("place", "physical-spaces",
            "organisation", "associations", "group", "associations", "service", "institutions", "skill", "gifts");

    private RemotePlaces() {
    }

    /** The asset's fields, or empty when the Place has no name. */
    static Optional<AssetInput> input(Place place, List<String> categories) {
        AssetFields details = place.asset() == null ? AssetFields.EMPTY : place.asset();
        String name = cut(place.fields().name(), AssetInput.MAX_NAME);
        if (name.isBlank()) {
            return Optional.empty();
        }
        String kind = AssetInput.KINDS.contains(lower(details.assetKind())) ? lower(details.assetKind()) : "place";
        String category = categories.contains(lower(details.categorySlug())) ? lower(details.categorySlug())
                : CATEGORY_BY_KIND.get(kind);
        String status = AssetInput.STATUSES.contains(lower(details.assetStatus())) ? lower(details.assetStatus())
                : "active";
        String html = place.fields().content() != null ? place.fields().content() : place.fields().summary();
        String description = html == null ? "" : cut(Html.plainText(HtmlSanitizer.clean(
                cut(html, HtmlSanitizer.MAX_INPUT_CHARS))), AssetInput.MAX_TEXT);
        Double latitude = place.latitude();
        Double longitude = place.longitude();
        if (latitude == null || longitude == null || !(latitude >= -90 && latitude <= 90)
                || !(longitude >= -180 && longitude <= 180)) {
            latitude = null;
            longitude = null;
        }
        String address = place.address() != null ? place.address().streetAddress() : place.addressText();
        String postcode = place.address() != null ? place.address().postalCode() : null;
        List<String> tags = place.fields().hashtags().stream().map(Hashtag::name)
                .filter(tag -> tag != null && tag.length() <= 100).limit(MAX_LIST).toList();
        List<String> languages = details.availableLanguage().stream()
                .filter(language -> language != null && language.length() <= 50).limit(MAX_LIST).toList();
        return Optional.of(new AssetInput(kind, category, name, description, website(details.website()),
                email(details.email()), cut(details.telephone(), 100), status, cut(details.eligibility(),
                AssetInput.MAX_TEXT), cut(details.fees(), AssetInput.MAX_TEXT), cut(details.schedule(),
                AssetInput.MAX_TEXT), languages, cut(details.locationName(), MAX_SHORT),
                cut(address, AssetInput.MAX_TEXT), cut(postcode, 20), latitude, longitude,
                cut(details.accessibility(), AssetInput.MAX_TEXT), tags));
    }

    private static String cut(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String lower(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Nullable
    private static String website(@Nullable URI website) {
        return website != null && website.toString().length() <= 2_000 && website.getHost() != null
                && ("https".equalsIgnoreCase(website.getScheme()) || "http".equalsIgnoreCase(website.getScheme()))
                ? website.toString() : null;
    }

    @Nullable
    private static String email(@Nullable String email) {
        return email != null && EMAIL.matcher(email.strip()).matches() ? email.strip() : null;
    }
}
