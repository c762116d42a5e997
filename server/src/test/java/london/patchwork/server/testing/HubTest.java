package london.patchwork.server.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * Base for {@code @MicronautTest} classes: one hub ({@link TestHubs#HACKNEY}) on its own fresh database
 * and port for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HubTest implements TestPropertyProvider {

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = TestHubs.HACKNEY.properties();
        }
        return properties;
    }

    protected String baseUrl() {
        return "http://localhost:" + getProperties().get("micronaut.server.port");
    }

    protected HttpProbe http() {
        return new HttpProbe(baseUrl());
    }
}
