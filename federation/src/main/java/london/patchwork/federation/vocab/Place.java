package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A place: where an event happens, or a mapped community asset. The address is either a
 * schema.org {@link PostalAddress} (Mobilizon, Gancio) or plain text ({@link #addressText()},
 * FEP-8a8e); anything else a peer puts there stays in {@link #extra()}.
 *
 * @param id          the place's IRI, often null for embedded places
 * @param fields      object properties; the place's name is {@code fields().name()}
 * @param latitude    decimal degrees
 * @param longitude   decimal degrees
 * @param altitude    in {@code units}
 * @param accuracy    accuracy of the coordinates, in percent
 * @param radius      radius around the point, in {@code units}
 * @param units       unit of altitude and radius ({@code m} by default)
 * @param address     structured address, or null
 * @param addressText address as one string, or null
 * @param asset       a Patchwork community asset's details; {@link AssetFields#EMPTY} for other places
 * @param extra       properties not modelled
 */
public record Place(URI id, ObjectFields fields, Double latitude, Double longitude, Double altitude,
                    Double accuracy, Double radius, String units, PostalAddress address, String addressText,
                    AssetFields asset, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Place";
    }

    /** @return a named point with no address */
    public static Place at(URI id, String name, double latitude, double longitude) {
        return new Place(id, ObjectFields.builder().name(name).build(), latitude, longitude,
                null, null, null, null, null, null, AssetFields.EMPTY, Extras.EMPTY);
    }
}
