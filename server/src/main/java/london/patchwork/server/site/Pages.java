package london.patchwork.server.site;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Rendering pages. Every template takes one view-model record named {@code view}. A page on a content-negotiated
 * URL is rendered here to HTML text, so it reaches every client that is not asking for ActivityStreams ({@code *}/*,
 * no Accept at all, crawlers), not only those whose Accept names text/html.
 */
@Singleton
public class Pages {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    public Pages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    /** A template and its view, for controllers that produce only HTML. */
    public static ModelAndView<Map<String, Object>> render(String template, Object view) {
        return new ModelAndView<>(template, Map.of("view", view));
    }

    /** The page as an HTML response, whatever the request's Accept said. */
    public MutableHttpResponse<String> html(HttpRequest<?> request, HttpStatus status,
                                            ModelAndView<Map<String, Object>> page) {
        Writable writable = renderer.render(page, request, MediaType.TEXT_HTML).orElseThrow(() ->
                new IllegalStateException("no renderer for " + page.getView().orElse("a page without a view")));
        StringWriter html = new StringWriter();
        try {
            writable.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).body(html.toString())
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }
}
