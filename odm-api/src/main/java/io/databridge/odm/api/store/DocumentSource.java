package io.databridge.odm.api.store;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.value.DocumentValue;
import java.util.List;
import java.util.Objects;

/**
 * The documents of a write, extracted on demand so that a store can encode each document right after it is
 * extracted, while its value tree is still in the CPU cache.
 *
 * <p>Contract for stores: call {@link #document(int)} for every position from 0 to {@code size() - 1}, in order, once
 * each, on the thread that called the store, and before anything of the write is sent. So an entity that cannot be
 * stored is reported before anything is written, whichever position it is at.
 */
public interface DocumentSource {

    /**
     * Returns the number of documents.
     *
     * @return the batch size
     */
    int size();

    /**
     * Extracts the next document.
     *
     * @param position the next position: 0 first, then each following one
     * @return the document, with its {@code _id} as the first, present field
     * @throws InvalidEntityException if the entity at {@code position} cannot be stored
     * @throws IllegalStateException if positions are asked out of order or twice
     */
    DocumentValue document(int position);

    /**
     * Wraps documents that are already extracted.
     *
     * @param documents the documents; not copied
     * @return a source over them
     */
    static DocumentSource of(List<DocumentValue> documents) {
        Objects.requireNonNull(documents, "documents");
        return new DocumentSource() {
            @Override
            public int size() {
                return documents.size();
            }

            @Override
            public DocumentValue document(int position) {
                return documents.get(position);
            }
        };
    }
}
