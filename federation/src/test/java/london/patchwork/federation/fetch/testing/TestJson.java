package london.patchwork.federation.fetch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the project's own test fixtures from {@code src/test/resources/fixtures}. */
public final class TestJson {

    /** A plain mapper for tests. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {
    }

    /** The text of {@code fixtures/<path>}. */
    public static String text(String path) {
        try (InputStream in = TestJson.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code fixtures/<path>} parsed. */
    public static JsonNode fixture(String path) {
        return parse(text(path));
    }

    /** JSON text parsed. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
