package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Component values beyond the RFC's own examples: normalisation and the refusals that keep bases unambiguous. */
class SignatureBaseTest {

    @Test
    void authorityIsLowerCasedAndLosesTheDefaultPort() {
        assertThat(value("@authority", request("/x", "Example.COM:443"))).isEqualTo("example.com");
        assertThat(value("@target-uri", request("/x?y=1", "Example.COM:8443"))).isEqualTo("https://example.com:8443/x?y=1");
        assertThat(value("@target-uri", new IncomingRequest("GET", "/", headers("host", "a.example:80"), null, "http")))
                .isEqualTo("http://a.example/");
    }

    @Test
    void pathAndQueryHaveTheirDefaults() {
        assertThat(value("@path", request("/", "a.example"))).isEqualTo("/");
        assertThat(value("@query", request("/p", "a.example"))).isEqualTo("?");
        assertThat(value("@query", request("/p?", "a.example"))).isEqualTo("?");
        assertThat(value("@method", new IncomingRequest("post", "/", headers("host", "a"), null))).isEqualTo("post");
    }

    @Test
    void repeatedQueryParameterGivesOneLinePerValue() throws Sf.ParseException {
        ComponentId id = ComponentId.of(SfParser.parseItem("\"@query-param\";name=\"tag\""));
        String base = SignatureBase.build(MessageParts.of(request("/t?tag=a&x=1&tag=b%2Bc", "a")), List.of(id), "()");

        assertThat(base).isEqualTo("\"@query-param\";name=\"tag\": a\n\"@query-param\";name=\"tag\": b%2Bc\n\"@signature-params\": ()");
    }

    @Test
    void refusalsKeepTheBaseUnambiguous() {
        assertThat(reason("@status", request("/", "a"))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("@unknown", request("/", "a"))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("@signature-params", request("/", "a"))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("@authority", new IncomingRequest("GET", "/", HeaderMap.empty(), null)))
                .isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(reason("@authority", new IncomingRequest("GET", "/", HeaderMap.builder().add("Host", "a").add("Host", "b").build(),
                null))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("x-injected", new IncomingRequest("GET", "/", headers("x-injected", "a\n\"@method\": GET"), null)))
                .isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("@authority", request("/", "a.example\n\"@method\": GET"))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("\"@query-param\";name=\"absent\"", request("/?a=1", "a"))).isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(reason("\"@path\";req", request("/", "a"))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("\"x\";bs;sf", new IncomingRequest("GET", "/", headers("x", "a"), null))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("\"x\";tr", new IncomingRequest("GET", "/", headers("x", "a"), null))).isEqualTo(FailureReason.MALFORMED);
        assertThat(reason("\"x\";key=\"b\"", new IncomingRequest("GET", "/", headers("x", "a=1"), null)))
                .isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(reason("\"x\";sf", new IncomingRequest("GET", "/", headers("x", "(unclosed"), null)))
                .isEqualTo(FailureReason.MALFORMED);
    }

    @Test
    void duplicateComponentsAreRefusedWhenParsed() {
        HeaderMap headers = HeaderMap.builder().add("Signature-Input", "s=(\"@method\" \"@method\");keyid=\"k\"")
                .add("Signature", "s=:AQID:").build();

        assertThat(catchThrowableOfType(Rejection.class, () -> MessageSignatureParser.parse(headers, null)).reason())
                .isEqualTo(FailureReason.MALFORMED);
    }

    private static IncomingRequest request(String target, String host) {
        return new IncomingRequest("GET", target, headers("host", host), null);
    }

    private static HeaderMap headers(String name, String value) {
        return HeaderMap.builder().add(name, value).build();
    }

    private static String value(String component, IncomingRequest request) {
        String base = SignatureBase.build(MessageParts.of(request), List.of(ComponentId.named(component)), "()");
        return base.substring(base.indexOf(": ") + 2, base.indexOf('\n'));
    }

    private static FailureReason reason(String identifier, IncomingRequest request) {
        ComponentId id;
        try {
            id = identifier.startsWith("\"") ? ComponentId.of(SfParser.parseItem(identifier)) : ComponentId.named(identifier);
        } catch (Sf.ParseException e) {
            throw new AssertionError(e);
        }
        return catchThrowableOfType(Rejection.class,
                () -> SignatureBase.build(MessageParts.of(request), List.of(id), "()")).reason();
    }
}
