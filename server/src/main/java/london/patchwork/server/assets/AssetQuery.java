package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;

/**
 * What the list and the map ask for: a bounding box (west, south, east, north; a box crossing the antimeridian has
 * west greater than east), a category, a kind, a tag and words, each optional; a page by offset.
 */
public record AssetQuery(@Nullable Box box, @Nullable String category, @Nullable String kind, @Nullable String tag,
                         @Nullable String text, int limit, int offset) {

    public record Box(double west, double south, double east, double north) {

        /** {@code minLon,minLat,maxLon,maxLat}, or why not. */
        public static Box parse(String bbox) {
            String[] parts = bbox.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
            }
            double[] values = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    values[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bbox must be four numbers: minLon,minLat,maxLon,maxLat");
                }
            }
            Box box = new Box(values[0], values[1], values[2], values[3]);
            if (!longitude(box.west) || !longitude(box.east) || !latitude(box.south) || !latitude(box.north)) {
                throw new IllegalArgumentException("bbox longitudes must be within -180..180 and latitudes -90..90");
            }
            if (box.south > box.north) {
                throw new IllegalArgumentException("bbox minLat is above maxLat");
            }
            return box;
        }

        private static boolean longitude(double value) {
            return value >= -180 && value <= 180;
        }

        private static boolean latitude(double value) {
            return value >= -90 && value <= 90;
        }
    }
}
