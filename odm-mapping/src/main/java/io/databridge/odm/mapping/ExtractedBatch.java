package io.databridge.odm.mapping;

import io.databridge.odm.api.value.DocumentValue;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of entities extracted for a write: their documents, their ids and the entities as stored (with generated
 * ids filled in). Built on the caller's thread before anything is sent.
 *
 * @param documents the documents, in batch order
 * @param ids the Java id of every position
 * @param entities every entity, with generated ids assigned
 */
record ExtractedBatch(DocumentValue[] documents, Object[] ids, Object[] entities) {

    int size() {
        return documents.length;
    }

    List<DocumentValue> documentList() {
        return Arrays.asList(documents);
    }

    @SuppressWarnings("unchecked")
    <ID> List<ID> idList() {
        return (List<ID>) Arrays.asList(ids);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> entityList() {
        return (List<T>) Arrays.asList(entities);
    }
}
