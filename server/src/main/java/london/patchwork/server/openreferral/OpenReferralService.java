package london.patchwork.server.openreferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;

import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * What other capabilities ask of Open Referral UK: the services of everything held here (the hub's own and peers')
 * in the profile's shapes, for the pan-London Hub's datasets.
 */
@Singleton
public class OpenReferralService {

    private final AssetService assets;
    private final OpenReferralServices services;

    OpenReferralService(AssetService assets, OpenReferralServices services) {
        this.assets = assets;
        this.services = services;
    }

    /**
     * One page of services held here as the profile's {@code Page} of service summaries (JSON), each with three
     * more fields saying where it comes from: {@code origin_hub} (what {@code hubNames} calls its origin, else the
     * origin), {@code origin} and {@code original_id} (the asset's ActivityPub id).
     *
     * @throws IllegalArgumentException a page number or size that is not a whole number in range
     */
    public String heldServices(@Nullable String page, @Nullable String perPage, Function<String, String> hubNames) {
        OrukPaging paging = OrukPaging.parse(page, perPage);
        AssetService.Listing listing = assets.held(AssetService.Filter.of(OpenReferralServices.KINDS),
                paging.perPage(), paging.offset());
        OrukJson.Page<ObjectNode> shaped = paging.of(listing.assets().stream().map(service -> {
            ObjectNode summary = OpenReferralController.JSON.valueToTree(services.summary(service));
            String hub = hubNames.apply(service.origin());
            return summary.put("origin_hub", hub == null ? service.origin() : hub).put("origin", service.origin())
                    .put("original_id", service.originalId());
        }).toList(), listing.total());
        try {
            return OpenReferralController.JSON.writeValueAsString(shaped);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
