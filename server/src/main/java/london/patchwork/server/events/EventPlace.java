package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;

/** Where an event happens: a named place, its postal address and its coordinates, each part optional. */
public record EventPlace(@Nullable String name, @Nullable String streetAddress, @Nullable String locality,
                         @Nullable String region, @Nullable String postcode, @Nullable String country,
                         @Nullable Double latitude, @Nullable Double longitude) {

    public static final EventPlace NONE = new EventPlace(null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return name == null && streetAddress == null && locality == null && region == null && postcode == null
                && country == null && latitude == null && longitude == null;
    }
}
