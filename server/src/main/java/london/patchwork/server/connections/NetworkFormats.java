package london.patchwork.server.connections;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The network written as the shared dataset formats say (docs/formats): connections CSV and GraphML. */
final class NetworkFormats {

    static final String CSV_HEADER = "id,type,subject,subject_name,object,object_name,mutual,strength,note,url,"
            + "created_at";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    private NetworkFormats() {
    }

    /** RFC 4180: a header, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
    static String connectionsCsv(NetworkExport.Snapshot snapshot, java.util.function.LongFunction<String> url) {
        return connectionsCsv(snapshot, url, List.of(), (id, tieUrl) -> List.of());
    }

    /**
     * The same with more columns after the usual ones, each tie's values for them made from its id (its
     * {@code Relationship}'s for a peer's tie, its page for the hub's own).
     */
    static String connectionsCsv(NetworkExport.Snapshot snapshot, java.util.function.LongFunction<String> url,
                                 List<String> moreColumns,
                                 java.util.function.BiFunction<Tie, String, List<String>> more) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        moreColumns.forEach(column -> csv.append(',').append(column));
        csv.append("\r\n");
        for (Network.Link link : snapshot.figures().network().links()) {
            Tie tie = snapshot.tie(link);
            String id = tie != null && tie.uri() != null ? tie.uri() : url.apply(link.tieId());
            csv.append(Stream.concat(Stream.of(String.valueOf(link.tieId()), link.type(), link.from(),
                    snapshot.nodes().get(link.from()).name(), link.to(), snapshot.nodes().get(link.to()).name(),
                    String.valueOf(link.mutual()), String.valueOf(link.strength()), snapshot.note(link), id,
                    tie == null ? "" : tie.createdAt().toString()), more.apply(tie, id).stream())
                    .map(NetworkFormats::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private record Key(String id, String on, String type) {
    }

    private static final List<Key> KEYS = List.of(new Key("label", "node", "string"),
            new Key("kind", "node", "string"), new Key("category", "node", "string"), new Key("url", "node", "string"),
            new Key("degree", "node", "int"), new Key("betweenness", "node", "double"),
            new Key("closeness", "node", "double"), new Key("clustering", "node", "double"),
            new Key("core", "node", "int"), new Key("community", "node", "int"), new Key("type", "edge", "string"),
            new Key("mutual", "edge", "boolean"), new Key("strength", "edge", "int"));

    /**
     * GraphML as Gephi opens it: the graph undirected by default, a tie that is not mutual marked
     * {@code directed="true"}; each node's metrics as its data.
     */
    static String graphml(NetworkExport.Snapshot snapshot) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            for (Key key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.on());
                xml.writeAttribute("attr.name", key.id());
                xml.writeAttribute("attr.type", key.type());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "network");
            xml.writeAttribute("edgedefault", "undirected");
            NetworkFigures figures = snapshot.figures();
            for (Network.Node node : figures.network().nodes()) {
                NetworkFigures.Node metrics = figures.nodes().get(node.key());
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.key());
                data(xml, "label", node.name());
                data(xml, "kind", node.kind());
                if (node.category() != null) {
                    data(xml, "category", node.category());
                }
                data(xml, "url", node.url());
                data(xml, "degree", String.valueOf(metrics.degree()));
                data(xml, "betweenness", String.valueOf(metrics.betweenness()));
                data(xml, "closeness", String.valueOf(metrics.closeness()));
                data(xml, "clustering", String.valueOf(metrics.clustering()));
                data(xml, "core", String.valueOf(metrics.core()));
                data(xml, "community", String.valueOf(metrics.community()));
                xml.writeEndElement();
            }
            for (Network.Link link : figures.network().links()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "tie-" + link.tieId());
                xml.writeAttribute("source", link.from());
                xml.writeAttribute("target", link.to());
                if (!link.mutual()) {
                    xml.writeAttribute("directed", "true");
                }
                data(xml, "type", link.type());
                data(xml, "mutual", String.valueOf(link.mutual()));
                data(xml, "strength", String.valueOf(link.strength()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing GraphML to a string", e);
        }
        return text.toString();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
