package london.patchwork.server.instance;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as, for NodeInfo, the User-Agent and the footer. */
@Singleton
public final class PatchworkVersion {

    private final String version;

    public PatchworkVersion() {
        Properties properties = new Properties();
        try (InputStream in = PatchworkVersion.class.getResourceAsStream("/patchwork-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("patchwork-version.properties is unreadable", e);
        }
        this.version = properties.getProperty("version", "development");
    }

    public String version() {
        return version;
    }
}
