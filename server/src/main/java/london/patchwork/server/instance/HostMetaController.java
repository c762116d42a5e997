package london.patchwork.server.instance;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.webfinger.HostMeta;

/**
 * RFC 6415 host-meta: older clients find the WebFinger endpoint through it. XML by default, JSON at
 * {@code host-meta.json} or when asked for.
 */
@Controller("/.well-known")
@Secured(SecurityRule.IS_ANONYMOUS)
public class HostMetaController {

    private final String xml;
    private final String json;

    public HostMetaController(Uris uris) {
        HostMeta hostMeta = new HostMeta(uris.webFingerTemplate());
        this.xml = hostMeta.xml();
        this.json = hostMeta.json();
    }

    @Get("/host-meta")
    @Produces({"application/xrd+xml", MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<String> hostMeta(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT, String.class).orElse("");
        if (accept.contains("json") && !accept.contains("xml")) {
            return hostMetaJson();
        }
        return HttpResponse.ok(xml).contentType("application/xrd+xml; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*");
    }

    @Get("/host-meta.json")
    @Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<String> hostMetaJson() {
        return HttpResponse.ok(json).contentType("application/json").header("Access-Control-Allow-Origin", "*");
    }
}
