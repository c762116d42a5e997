package london.patchwork.server.site;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A posted HTML form with repeated names (checkboxes, rows of fields), which binding to a record cannot hold.
 *
 * @param values every value of each name, in the order posted
 */
public record FormBody(Map<String, List<String>> values) {

    /** Forms larger than this are refused by the caller before parsing; a page's form is a few kilobytes. */
    public static final int LARGEST = 64 * 1024;

    public static FormBody parse(String body) {
        String text = body == null ? "" : body;
        return new FormBody(Map.copyOf(new QueryStringDecoder(text, StandardCharsets.UTF_8, false, 1024)
                .parameters()));
    }

    /** The first value of a name, or "" when absent. */
    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? "" : all.getFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
