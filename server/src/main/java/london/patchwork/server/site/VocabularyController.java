package london.patchwork.server.site;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Patchwork JSON-LD context, served by every hub for implementers at a stable path. Patchwork itself never
 * fetches it: the federation library bundles the same file.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class VocabularyController {

    static final String CONTEXT_PATH = "/ns/patchwork.jsonld";
    private static final byte[] CONTEXT = read();

    @Get(CONTEXT_PATH)
    @Produces("application/ld+json")
    public HttpResponse<byte[]> context() {
        return HttpResponse.ok(CONTEXT).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=86400");
    }

    private static byte[] read() {
        try (InputStream in = VocabularyController.class.getResourceAsStream("/contexts/patchwork-ns.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /contexts/patchwork-ns.json");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
