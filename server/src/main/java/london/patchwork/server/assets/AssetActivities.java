package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AssetFields;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.MediaFields;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Place;
import london.patchwork.federation.vocab.PostalAddress;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.time.Instant;

/**
 * The hub's listed assets as peers receive them: an ActivityStreams {@code Place} (point, schema.org
 * {@code PostalAddress}, hashtags, photo as {@code image}) with the Open Referral UK details in the Patchwork context.
 * The map is the hub's, so the Place is attributed to the hub's Group; the member who added it is {@code addedBy}.
 * Addressed to the public and the Group's followers.
 */
@Singleton
public class AssetActivities {

    /** How much of a description the summary repeats; the whole text is the content. */
    static final int SUMMARY_CHARS = 280;

    private final Uris uris;
    private final AssetCategories categories;

    AssetActivities(Uris uris, AssetCategories categories) {
        this.uris = uris;
        this.categories = categories;
    }

    /** An asset's id and page are one URL: browsers get the page, fediverse software the Place. */
    public URI uri(long id) {
        return uris.page("/assets/" + id);
    }

    Place document(Asset asset, URI hub, @Nullable URI addedBy, URI followers,
                   @Nullable MediaService.Attachment photo) {
        URI id = uri(asset.id());
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .attributedTo(hub)
                .name(asset.name())
                .summary(Html.escape(shorten(asset.description())))
                .content(Html.paragraphs(asset.description()))
                .mediaType("text/html")
                .url(id)
                .published(asset.createdAt())
                .updated(asset.updatedAt())
                .to(PublicAddress.IRI)
                .cc(followers);
        if (!asset.tags().isEmpty()) {
            fields.tag(asset.tags().stream().map(tag -> Hashtag.of(uris.tag(tag), "#" + tag))
                    .toArray(ApObject[]::new));
        }
        if (photo != null) {
            ObjectFieldsBuilder picture = ObjectFields.builder().mediaType(photo.mimeType())
                    .url(URI.create(photo.url()));
            if (photo.description() != null) {
                picture.name(photo.description());
            }
            fields.image(new Image(null, picture.build(), new MediaFields(photo.width(), photo.height(),
                    photo.blurhash(), null), Extras.EMPTY));
        }
        PostalAddress address = asset.address().isBlank() && asset.postcode().isBlank() ? null
                : PostalAddress.of(blank(asset.address()), null, null, blank(asset.postcode()), null);
        AssetFields details = new AssetFields(asset.kind(), categories.all().getOrDefault(asset.category(),
                asset.category()), asset.category(), asset.status(), blank(asset.eligibility()), blank(asset.fees()),
                blank(asset.schedule()), asset.languages(), blank(asset.accessibility()),
                blank(asset.locationName()), website(asset.website()), asset.email(), asset.phone(), addedBy);
        return new Place(id, fields.build(), asset.latitude(), asset.longitude(), null, null, null, null, address,
                null, details, Extras.EMPTY);
    }

    Tombstone tombstone(Asset asset) {
        return new Tombstone(uri(asset.id()), ObjectFields.EMPTY, "Place", asset.updatedAt(), Extras.EMPTY);
    }

    Create create(URI id, URI hub, Place place) {
        return Activity.of(Create::new, id, hub, Ref.of(place), addressedAs(place));
    }

    Update update(URI id, URI hub, Place place) {
        return Activity.of(Update::new, id, hub, Ref.of(place), addressedAs(place));
    }

    Delete delete(URI id, URI hub, Tombstone tombstone, URI followers) {
        return Activity.of(Delete::new, id, hub, Ref.of(tombstone), ObjectFields.builder()
                .to(PublicAddress.IRI).cc(followers).published(Instant.now()).build());
    }

    private static ObjectFields addressedAs(Place place) {
        return ObjectFields.builder().to(PublicAddress.IRI).cc(place.fields().cc()).published(Instant.now()).build();
    }

    /** The Note a new asset is announced with, for followers whose software does not show a Place. */
    static String newOnTheMap(Asset asset, URI page) {
        String about = shorten(asset.description());
        return "New on the map: " + asset.name() + (about.isEmpty() ? "" : " — " + about) + " " + page;
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_CHARS ? flat : flat.substring(0, SUMMARY_CHARS - 1).strip() + "…";
    }

    @Nullable
    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Nullable
    private static URI website(@Nullable String website) {
        try {
            return website == null || website.isBlank() ? null : URI.create(website.strip());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
