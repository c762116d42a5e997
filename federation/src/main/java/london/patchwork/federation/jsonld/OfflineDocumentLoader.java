package london.patchwork.federation.jsonld;

import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A Titanium {@link DocumentLoader} that never touches the network. Bundled contexts are served
 * from the jar; any other URL gets an empty context, so its terms are dropped while everything the
 * canonical context defines keeps its meaning. The URLs it could not serve are recorded, so callers
 * can tell a peer uses a context we do not know.
 *
 * <p>One instance per document: the record of dropped URLs is not shared between threads.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

    private static final JsonDocument EMPTY_CONTEXT = JsonDocument.of(
            Json.createObjectBuilder().add("@context", Json.createObjectBuilder()).build());

    private final List<String> dropped = new ArrayList<>();

    /** A loader with nothing dropped yet; make one per document. */
    public OfflineDocumentLoader() {
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) {
        String text = String.valueOf(url);
        return BundledContexts.find(text).<Document>map(d -> d).orElseGet(() -> {
            if (!dropped.contains(text)) {
                dropped.add(text);
            }
            return EMPTY_CONTEXT;
        });
    }

    /** @return the context URLs this loader answered with an empty context, in order of first use */
    public List<String> droppedContexts() {
        return List.copyOf(dropped);
    }
}
