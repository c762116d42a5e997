package london.patchwork.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HostMetaTest {

    private static final String TEMPLATE = "https://hackney.example/.well-known/webfinger?resource={uri}";

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xrdHasOneLrddLinkWithTheTemplate() throws Exception {
        Document xrd = parseXml(new HostMeta(TEMPLATE).xml());

        Element root = xrd.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("XRD");
        assertThat(root.getNamespaceURI()).isEqualTo("http://docs.oasis-open.org/ns/xri/xrd-1.0");
        assertThat(root.getElementsByTagNameNS(root.getNamespaceURI(), "Link").getLength()).isEqualTo(1);
        Element link = (Element) root.getElementsByTagNameNS(root.getNamespaceURI(), "Link").item(0);
        assertThat(link.getAttribute("rel")).isEqualTo("lrdd");
        assertThat(link.getAttribute("type")).isEqualTo("application/jrd+json");
        assertThat(link.getAttribute("template")).isEqualTo(TEMPLATE);
    }

    @Test
    void markupInTheTemplateIsEscapedAndReadsBackUnchanged() throws Exception {
        String template = "https://hub.example/wf?x=\"1\"&y='2'&z=<3>&resource={uri}";
        HostMeta meta = new HostMeta(template);

        assertThat(meta.xml()).contains("x=&quot;1&quot;&amp;y=&apos;2&apos;&amp;z=&lt;3&gt;&amp;resource={uri}");
        Element link = (Element) parseXml(meta.xml()).getElementsByTagNameNS("*", "Link").item(0);
        assertThat(link.getAttribute("template")).isEqualTo(template);
        assertThat(new ObjectMapper().readTree(meta.json()).at("/links/0/template").asText()).isEqualTo(template);
    }

    @Test
    void jsonFormHasTheSameLink() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new HostMeta(TEMPLATE).json());

        assertThat(json.get("links")).hasSize(1);
        assertThat(json.at("/links/0/rel").asText()).isEqualTo("lrdd");
        assertThat(json.at("/links/0/type").asText()).isEqualTo("application/jrd+json");
        assertThat(json.at("/links/0/template").asText()).isEqualTo(TEMPLATE);
        assertThat(new HostMeta(TEMPLATE).jsonTree()).isEqualTo(json);
    }

    @Test
    void aTemplateNeedsTheUriVariableAndNoControlCharacters() {
        assertThatThrownBy(() -> new HostMeta("https://hub.example/.well-known/webfinger"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostMeta("https://hub.example/wf?resource={uri}\n<evil/>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostMeta(null)).isInstanceOf(NullPointerException.class);
    }
}
