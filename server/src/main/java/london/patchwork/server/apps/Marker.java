package london.patchwork.server.apps;

import java.time.Instant;

/** Where a member stopped reading a timeline ({@code home} or {@code notifications}), shared by their apps. */
record Marker(String timeline, String lastReadId, int version, Instant updatedAt) {
}
