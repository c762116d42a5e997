package london.patchwork.federation.fetch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a fetched JSON object into a typed document (a JRD, a NodeInfo document, an actor),
 * failing with its own checked exception when the shape is wrong.
 *
 * @param <T> the document type
 * @param <E> the reader's exception for a document of the wrong shape
 */
@FunctionalInterface
public interface DocumentReader<T, E extends Exception> {

    /** Reads the document. */
    T read(JsonNode json) throws E;
}
