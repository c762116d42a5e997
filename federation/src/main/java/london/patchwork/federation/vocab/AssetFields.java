package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * What Patchwork says about a mapped community asset beyond a {@link Place}'s name, point and address: its Open
 * Referral UK details, in schema.org terms where schema.org has them and the Patchwork context
 * ({@code https://patchwork.london/ns#}, prefix {@code pw}) otherwise. docs/FEDERATION.md describes each term.
 *
 * @param assetKind         {@code pw:assetKind}: place, organisation, group, service or skill
 * @param category          {@code schema:category}: the ABCD category's name, for people
 * @param categorySlug      {@code pw:categorySlug}: the category's slug, for software
 * @param assetStatus       {@code pw:assetStatus}: active, inactive or defunct
 * @param eligibility       {@code pw:eligibility}: who may use it
 * @param fees              {@code pw:fees}: what it costs
 * @param schedule          {@code pw:schedule}: when it is open, in words
 * @param availableLanguage {@code schema:availableLanguage}: languages spoken
 * @param accessibility     {@code pw:accessibility}: how accessible it is
 * @param locationName      {@code pw:locationName}: the building or site it is at, when that is not its own name
 * @param website           {@code schema:url}: its own website (the Place's {@code url} is its page on the hub)
 * @param email             {@code schema:email}
 * @param telephone         {@code schema:telephone}
 * @param addedBy           {@code pw:addedBy}: the member who put it on the map (the Place is the hub Group's)
 */
public record AssetFields(String assetKind, String category, String categorySlug, String assetStatus,
                          String eligibility, String fees, String schedule, List<String> availableLanguage,
                          String accessibility, String locationName, URI website, String email, String telephone, URI addedBy) {

    /** Nothing set. */
    public static final AssetFields EMPTY = new AssetFields(null, null, null, null, null, null, null, List.of(), null,
            null, null, null, null, null);

    /** Copies the list; null stands for empty. */
    public AssetFields {
        availableLanguage = Lists.copy(availableLanguage);
    }
}
