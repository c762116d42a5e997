package london.patchwork.server.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Named hubs for tests. Each {@link #properties()} call gives a hub its own fresh database and free port,
 * in local mode on 127.0.0.1.
 */
public enum TestHubs {
    HACKNEY("hackney", "Hackney Community Hub", "Tenants, advisers and learners in Hackney."),
    LAMBETH("lambeth", "Lambeth Network", "Community groups across Lambeth."),
    CAMDEN("camden", "Camden Connects", "Residents' groups and advice services in Camden."),
    LONDON("london", "London Hub", "The pan-London Hub.");

    /** The organiser token every test hub accepts. */
    public static final String ORGANISER_TOKEN = "test-organiser-token-0123456789";

    private final String username;
    private final String displayName;
    private final String summary;

    TestHubs(String username, String displayName, String summary) {
        this.username = username;
        this.displayName = displayName;
        this.summary = summary;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String summary() {
        return summary;
    }

    /** Configuration for one running instance of this hub, on a new database and port. */
    /** Each hub keeps its uploads in a fresh temporary directory, removed when the JVM ends. */
    private static String mediaDirectory() {
        try {
            java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("patchwork-media");
            directory.toFile().deleteOnExit();
            return directory.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Map<String, String> properties() {
        return properties(TestPostgres.newDatabase(username), FreePorts.next());
    }

    /** Configuration for this hub on a given database and port (to restart a hub on the same data). */
    public Map<String, String> properties(String jdbcUrl, int port) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", TestPostgres.username());
        properties.put("datasources.default.password", "");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("patchwork.hub.username", username);
        properties.put("patchwork.hub.name", displayName);
        properties.put("patchwork.hub.summary", summary);
        properties.put("patchwork.admin-token", ORGANISER_TOKEN);
        properties.put("patchwork.media.dir", mediaDirectory());
        return properties;
    }
}
