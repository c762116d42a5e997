package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The form that creates or edits an event; {@code values} holds what was typed, by field name, so a refused form
 * comes back as it was sent, each error beside its field.
 */
public record EventFormView(Site site, PageMeta meta, String formToken, boolean creating, String id,
                            Map<String, String> values, Map<String, String> errors, List<Option> categories) {

    /** A choice in a select. */
    public record Option(String value, String label) {
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    public boolean selected(String field, String option) {
        return option.equals(value(field));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : "false";
    }

    public String describedBy(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    public String action() {
        return creating ? "/events/new" : "/events/" + id + "/edit";
    }
}
