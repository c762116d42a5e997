package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A schema.org postal address, as Mobilizon and Gancio put in a {@link Place}.
 *
 * @param id              usually null (Mobilizon gives the Place an id, not the address)
 * @param streetAddress   street and number
 * @param addressLocality town or city
 * @param addressRegion   region or county
 * @param postalCode      post code
 * @param addressCountry  country
 * @param extra           properties not modelled
 */
public record PostalAddress(URI id, String streetAddress, String addressLocality, String addressRegion,
                            String postalCode, String addressCountry, Extras extra) implements ApObject {

    @Override
    public String type() {
        return "PostalAddress";
    }

    /** @return an address with no id and no extras */
    public static PostalAddress of(String streetAddress, String addressLocality, String addressRegion,
                                   String postalCode, String addressCountry) {
        return new PostalAddress(null, streetAddress, addressLocality, addressRegion, postalCode, addressCountry,
                Extras.EMPTY);
    }
}
