package london.patchwork.server.site;

import io.micronaut.views.ModelAndView;

import java.util.Map;

/** Every template takes one view-model record named {@code view}; this keeps that convention in one place. */
public final class Pages {

    private Pages() {
    }

    public static ModelAndView<Map<String, Object>> render(String template, Object view) {
        return new ModelAndView<>(template, Map.of("view", view));
    }
}
