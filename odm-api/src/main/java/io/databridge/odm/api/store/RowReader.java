package io.databridge.odm.api.store;

import io.databridge.odm.api.value.DocumentValue;

/**
 * Turns a stored document into a result (an entity, a projection). Pure and thread-safe: a store may call it from
 * several threads at once, to read a batch in parallel.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface RowReader<R> {

    /**
     * Reads one document.
     *
     * @param document the decoded document
     * @return the result, never {@code null}
     * @throws io.databridge.odm.api.error.StoredDocumentException if the document does not fit
     */
    R read(DocumentValue document);
}
