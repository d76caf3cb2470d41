package io.databridge.odm.mapping;

import io.databridge.odm.api.BulkInsertFailure;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Inserted;
import io.databridge.odm.api.Query;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import io.databridge.odm.mapping.internal.query.SingleNames;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A repository over a {@link DocumentStore}: extracts on the caller's thread, then writes through the port. */
final class MappedRepository<T, ID> implements Repository<T, ID> {

    private final Class<T> entityType;
    private final Class<ID> idType;
    private final String collection;
    private final BatchExtractor<T> extractor;
    private final DocumentStore store;
    private final Reads<T> reads;

    MappedRepository(Class<T> entityType, Class<ID> idType, String collection, BatchExtractor<T> extractor,
            DocumentStore store, Reads<T> reads) {
        this.entityType = entityType;
        this.idType = idType;
        this.collection = collection;
        this.extractor = extractor;
        this.store = store;
        this.reads = reads;
    }

    @Override
    public Class<T> entityType() {
        return entityType;
    }

    @Override
    public Class<ID> idType() {
        return idType;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Inserted<T, ID> insert(T entity) {
        Objects.requireNonNull(entity, "entity");
        BatchExtractor<T>.Source batch = extractor.source(List.of(entity));
        WriteReport report = store.insert(new InsertRequest(collection, entityType, batch, true));
        if (report.isComplete()) {
            return new Inserted<>(batch.<ID>ids().get(0), batch.entities().get(0));
        }
        Interruption interruption = report.interruption().orElse(null);
        if (interruption != null) {
            throw new StoreException("Insert of " + entityType.getName() + " into '" + collection
                    + "' was interrupted; the document may or may not have been written: " + interruption.message(),
                    interruption.errorLabels(), interruption.cause());
        }
        WriteError error = report.errors().get(0);
        if (error.duplicateKey() != null) {
            throw new DuplicateKeyException(entityType, collection, error.duplicateKey(), error.message());
        }
        throw failure(batch, report).toException();
    }

    @Override
    public InsertResult<T, ID> insertAll(Collection<? extends T> entities) {
        return insertAll(entities, InsertOptions.ordered());
    }

    @Override
    public InsertResult<T, ID> insertAll(Collection<? extends T> entities, InsertOptions options) {
        return tryInsertAll(entities, options).getOrElseThrow(BulkInsertFailure::toException);
    }

    @Override
    public Either<BulkInsertFailure<T, ID>, InsertResult<T, ID>> tryInsertAll(Collection<? extends T> entities,
            InsertOptions options) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(options, "options");
        if (entities.isEmpty()) {
            return Either.right(new InsertResult<>(List.of(), List.of()));
        }
        BatchExtractor<T>.Source batch = extractor.source(entities);
        WriteReport report = store.insert(new InsertRequest(collection, entityType, batch, options.isOrdered()));
        if (report.isComplete()) {
            return Either.right(new InsertResult<>(batch.ids(), batch.entities()));
        }
        return Either.left(failure(batch, report));
    }

    private BulkInsertFailure<T, ID> failure(BatchExtractor<T>.Source batch, WriteReport report) {
        return new BulkInsertFailure<>(entityType, collection, report, batch.ids(), batch.entities());
    }

    @Override
    public Optional<T> findById(ID id) {
        Objects.requireNonNull(id, "id");
        return query().where(Filter.raw(FilterRenderer.equality("_id", storedId(id)))).first();
    }

    @Override
    public List<T> findAllById(Collection<? extends ID> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ExtractedValue> stored = new ArrayList<>(ids.size());
        ids.forEach(id -> stored.add(storedId(Objects.requireNonNull(id, "id"))));
        return query().where(Filter.raw(idFilter("$in", ArrayValue.of(stored)))).list();
    }

    @Override
    public List<T> find(Filter filter) {
        return query().where(filter).list();
    }

    @Override
    public Query<T> query() {
        return MappedQuery.all(reads);
    }

    /** The id converted as the write path stores it. */
    private ExtractedValue storedId(ID id) {
        if (!idType.isInstance(id)) {
            throw new InvalidQueryException(entityType, "_id", "an id of type " + idType.getName() + "; got "
                    + id.getClass().getName());
        }
        PropertyModel idProperty = reads.model().document().properties().get(0);
        if (idProperty.member()) {
            return reads.renderer().storedValue(idProperty.javaName(), id);
        }
        if (id instanceof ObjectIdValue objectId) {
            return objectId;
        }
        ValueConverter<?> converter = reads.configuration().converterFor(id.getClass());
        if (converter == null) {
            throw new InvalidQueryException(entityType, "_id", "an ObjectId; got " + id.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        ValueConverter<Object> typed = (ValueConverter<Object>) converter;
        return typed.toStored(id);
    }

    private static DocumentValue idFilter(String operator, ExtractedValue operand) {
        return DocumentValue.of(SingleNames.of("_id"), DocumentValue.of(SingleNames.of(operator), operand));
    }

    @Override
    public String toString() {
        return "Repository[" + entityType.getName() + " in '" + collection + "']";
    }
}
