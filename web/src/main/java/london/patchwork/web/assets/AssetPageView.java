package london.patchwork.web.assets;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * One asset with all its fields.
 *
 * @param details     label and value of each field that is filled in, in Open Referral UK's order
 * @param latitude    the coordinates as text, empty when there are none
 * @param mapUrl      the place on openstreetmap.org, empty when there are no coordinates
 * @param website     an http(s) address, empty when there is none
 * @param photoUrl    the asset's photo (its preview), empty when it has none
 * @param photoDescription the photo's alt text, empty when none was given
 * @param pending     true while a moderator has still to approve it
 * @param originHost  a peer's asset: the hub it comes from; empty for this hub's own
 * @param originUrl   a peer's asset: its page there
 */
public record AssetPageView(Site site, PageMeta meta, String id, String name, String kind, String category,
                            String description, List<Detail> details, String website, String latitude,
                            String longitude, String mapUrl, List<String> tags, String addedBy, String addedAt,
                            boolean pending, boolean canEdit, boolean canReview, String formToken,
                            String photoUrl, String photoDescription, String originHost, String originUrl) {

    public record Detail(String label, String value) {
    }
}
