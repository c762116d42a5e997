package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks the RFC 9421 §2.1–2.2 examples: message in, signature-base lines out. */
final class DerivedComponentExamples {

    private DerivedComponentExamples() {
    }

    static void check(JsonNode example) {
        String component = example.get("component").asText();
        String expected = example.get("signature_base_lines").asText().replace("(SP)", " ");
        MessageParts message = message(component, example.get("message"));
        List<ComponentId> ids = new ArrayList<>();
        for (String line : expected.split("\n")) {
            String identifier = line.substring(0, line.indexOf(": "));
            try {
                ids.add(ComponentId.of(SfParser.parseItem(identifier)));
            } catch (Sf.ParseException e) {
                throw new AssertionError("bad identifier in fixture: " + identifier, e);
            }
        }
        String base = SignatureBase.build(message, ids, "()");
        assertThat(base.substring(0, base.lastIndexOf('\n'))).as(component).isEqualTo(expected);
    }

    private static MessageParts message(String component, JsonNode message) {
        String text = message.isNull() ? "GET /path HTTP/1.1\nHost: www.example.com" : message.asText();
        text = text.replace("(SP)", " ");
        if (text.startsWith("HTTP/")) {
            return HttpMessages.response(text).parts();
        }
        if (!text.matches("(?s)^[A-Z]+ \\S+ HTTP/1\\.1.*")) {
            text = "GET / HTTP/1.1\n" + text;
        }
        // §2.2.4 describes its example as received over plain HTTP; the other examples use https.
        String scheme = component.equals("@scheme") ? "http" : "https";
        return MessageParts.of(HttpMessages.request(text, scheme));
    }
}
