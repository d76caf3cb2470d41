package io.databridge.odm.mapping;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.IdModel;
import java.util.Collection;
import java.util.function.Function;

/**
 * Extracts a batch for a repository and settles every id before anything is written: an entity's own id is read as
 * is; a generated ObjectId is turned into the repository's id type and, where the entity declares an id, assigned to
 * it (a copy for records).
 */
final class BatchExtractor<T> {

    private final EntityMapper<T> mapper;
    private final IdModel idModel;
    private final Function<ObjectIdValue, Object> generatedId;
    private final MappingConfiguration configuration;

    BatchExtractor(EntityMapper<T> mapper, Function<ObjectIdValue, Object> generatedId,
            MappingConfiguration configuration) {
        this.mapper = mapper;
        this.idModel = mapper.model().id();
        this.generatedId = generatedId;
        this.configuration = configuration;
    }

    /**
     * Extracts every entity, in order.
     *
     * @param entities the entities
     * @return documents, ids and entities as stored
     * @throws InvalidEntityException for the first entity that cannot be stored
     */
    ExtractedBatch extract(Collection<? extends T> entities) {
        int size = entities.size();
        DocumentValue[] documents = new DocumentValue[size];
        Object[] ids = new Object[size];
        Object[] stored = new Object[size];
        Extraction extraction = new Extraction(configuration.objectIdGenerator(), configuration.temporalPrecision());
        int position = 0;
        for (T entity : entities) {
            if (position == size) {
                throw new IllegalArgumentException("the collection of entities grew while it was being stored");
            }
            DocumentValue document = mapper.extract(entity, position, extraction);
            documents[position] = document;
            if (extraction.takeIdGenerated()) {
                Object id = generatedId.apply((ObjectIdValue) document.slot(0));
                ids[position] = id;
                stored[position] = idModel.declared() ? assign(entity, id, position) : entity;
            } else {
                ids[position] = idModel.getter().get(entity);
                stored[position] = entity;
            }
            position++;
        }
        if (position != size) {
            throw new IllegalArgumentException("the collection of entities shrank while it was being stored");
        }
        return new ExtractedBatch(documents, ids, stored);
    }

    private Object assign(Object entity, Object id, int position) {
        try {
            return idModel.assigner().withId(entity, id);
        } catch (ExtractionFailure failure) {
            throw new InvalidEntityException(mapper.type(), position, "id", failure.expected(), failure.found());
        }
    }
}
