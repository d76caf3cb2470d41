package io.databridge.odm.mapping;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts entities of one type into documents: {@code _id} first, then every stored component or field.
 *
 * <p>Extraction validates completely: a value that cannot be stored raises an {@link InvalidEntityException} naming
 * the type, the position in the batch, the field path and what was expected. A null id that holds an ObjectId is
 * generated. Thread-safe; each call runs on the caller's thread and takes a consistent snapshot of the entities.
 *
 * @param <T> the entity type
 */
public final class EntityMapper<T> {

    private final Class<T> type;
    private final EntityModel model;
    private final MappingConfiguration configuration;

    EntityMapper(Class<T> type, EntityModel model, MappingConfiguration configuration) {
        this.type = type;
        this.model = model;
        this.configuration = configuration;
    }

    /**
     * Returns the entity type.
     *
     * @return the type
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the layout every document of this type shares.
     *
     * @return the stored names, {@code _id} first
     */
    public FieldNames layout() {
        return model.document().layout();
    }

    /**
     * Extracts one entity.
     *
     * @param entity the entity, must not be {@code null}
     * @return its document
     * @throws InvalidEntityException if it holds a value that cannot be stored
     */
    public DocumentValue toDocument(T entity) {
        return toDocuments(List.of(entity)).get(0);
    }

    /**
     * Extracts a batch of entities, in order.
     *
     * @param entities the entities, none {@code null}
     * @return their documents, in the same order
     * @throws InvalidEntityException if an entity is {@code null} or holds a value that cannot be stored
     */
    public List<DocumentValue> toDocuments(Collection<? extends T> entities) {
        DocumentSource source = source(entities);
        DocumentValue[] documents = new DocumentValue[source.size()];
        for (int position = 0; position < documents.length; position++) {
            documents[position] = source.document(position);
        }
        return Arrays.asList(documents);
    }

    /**
     * Extracts a batch lazily: each document when it is asked for, in order, so that a consumer can encode it while
     * its value tree is still in the CPU cache.
     *
     * @param entities the entities, which must not change until every document was asked for
     * @return a source over their documents
     */
    public DocumentSource source(Collection<? extends T> entities) {
        Objects.requireNonNull(entities, "entities");
        Iterator<? extends T> iterator = entities.iterator();
        int size = entities.size();
        Extraction extraction = new Extraction(configuration.objectIdGenerator(), configuration.temporalPrecision());
        return new DocumentSource() {
            private int next;

            @Override
            public int size() {
                return size;
            }

            @Override
            public DocumentValue document(int position) {
                if (position != next || !iterator.hasNext()) {
                    throw new IllegalStateException("documents are extracted in order, once each, and the batch must "
                            + "not change meanwhile: asked for position " + position + ", next is " + next);
                }
                next++;
                return extract(iterator.next(), position, extraction);
            }
        };
    }

    /**
     * Reads a stored document back into an entity: the inverse of {@link #toDocument} for every document it writes.
     *
     * @param document the stored document
     * @return the entity, fully built
     * @throws StoredDocumentException if the document does not fit the type; the collection is named
     *                                 {@code "(unknown)"}, as this mapper reads no collection
     */
    public T fromDocument(DocumentValue document) {
        try {
            return type.cast(model.document().materialize(document));
        } catch (ExtractionFailure failure) {
            throw new StoredDocumentException("(unknown)", Reads.idOf(document), failure.path(), failure.found(),
                    failure.expected());
        }
    }

    DocumentValue extract(@org.jspecify.annotations.Nullable Object entity, int position, Extraction extraction) {
        if (entity == null) {
            throw new InvalidEntityException(type, position, "", "an entity", "null");
        }
        try {
            return model.document().extract(entity, extraction);
        } catch (ExtractionFailure failure) {
            throw new InvalidEntityException(type, position, failure.path(), failure.expected(), failure.found());
        }
    }

    EntityModel model() {
        return model;
    }
}
