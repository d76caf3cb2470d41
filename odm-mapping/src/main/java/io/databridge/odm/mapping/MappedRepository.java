package io.databridge.odm.mapping;

import io.databridge.odm.api.BulkInsertFailure;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Inserted;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A repository over a {@link DocumentStore}: extracts on the caller's thread, then writes through the port. */
final class MappedRepository<T, ID> implements Repository<T, ID> {

    private final Class<T> entityType;
    private final Class<ID> idType;
    private final String collection;
    private final BatchExtractor<T> extractor;
    private final DocumentStore store;

    MappedRepository(Class<T> entityType, Class<ID> idType, String collection, BatchExtractor<T> extractor,
            DocumentStore store) {
        this.entityType = entityType;
        this.idType = idType;
        this.collection = collection;
        this.extractor = extractor;
        this.store = store;
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
    public String toString() {
        return "Repository[" + entityType.getName() + " in '" + collection + "']";
    }
}
