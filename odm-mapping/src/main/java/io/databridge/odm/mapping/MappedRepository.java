package io.databridge.odm.mapping;

import io.databridge.odm.api.BulkInsertFailure;
import io.databridge.odm.api.BulkResult;
import io.databridge.odm.api.BulkWrite;
import io.databridge.odm.api.FindAndModify;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Inserted;
import io.databridge.odm.api.Query;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.SaveResult;
import io.databridge.odm.api.UpdateResult;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.index.IndexDifference;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import io.databridge.odm.mapping.internal.query.SingleNames;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A repository over a {@link DocumentStore}: extracts on the caller's thread, then writes through the port. Reads go
 * through {@link Reads}, writes other than plain inserts through {@link Writes} and {@link MappedBulkWrite}; both carry
 * the context (options, transaction) this view runs under.
 */
final class MappedRepository<T, ID> implements Repository<T, ID> {

    private final Class<T> entityType;
    private final Class<ID> idType;
    private final String collection;
    private final BatchExtractor<T> extractor;
    private final DocumentStore store;
    private final Reads<T> reads;
    private final Writes<T> writes;
    private final MappingOdm owner;
    private final @Nullable ChangeTracker tracker;
    private final EntitySaves<T, ID> saves;
    private final FilterWrites<T, ID> byFilter;

    MappedRepository(Class<ID> idType, BatchExtractor<T> extractor, DocumentStore store, Reads<T> reads,
            Writes<T> writes, MappingOdm owner) {
        this(idType, extractor, store, reads, writes, owner, null);
    }

    private MappedRepository(Class<ID> idType, BatchExtractor<T> extractor, DocumentStore store, Reads<T> reads,
            Writes<T> writes, MappingOdm owner, @Nullable ChangeTracker tracker) {
        this.entityType = writes.entityType();
        this.idType = idType;
        this.collection = writes.collection();
        this.extractor = extractor;
        this.store = store;
        this.reads = reads;
        this.writes = writes;
        this.owner = owner;
        this.tracker = tracker;
        this.saves = new EntitySaves<>(writes, idType, tracker);
        this.byFilter = new FilterWrites<>(writes, idType, store);
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

    MappingOdm owner() {
        return owner;
    }

    /** This repository with every operation in a transaction. */
    MappedRepository<T, ID> inSession(StoreSession session) {
        StoreContext context = new StoreContext(writes.context().options(), session);
        return new MappedRepository<>(idType, extractor, store, reads.in(context), writes.in(context), owner, tracker);
    }

    @Override
    public Repository<T, ID> with(OperationOptions options) {
        Objects.requireNonNull(options, "options");
        StoreContext context = new StoreContext(writes.context().options().overriddenBy(options),
                writes.context().session());
        return new MappedRepository<>(idType, extractor, store, reads.in(context), writes.in(context), owner, tracker);
    }

    @Override
    public Repository<T, ID> withChangeTracking(int capacity) {
        if (!writes.model().id().declared()) {
            throw new IllegalStateException("change tracking of " + entityType.getName() + " needs an id the entity "
                    + "holds, to find what it read; this type has none (its _id is generated and not kept)");
        }
        var version = writes.model().version();
        ChangeTracker changes = new ChangeTracker(capacity, version == null ? null : version.storedName());
        return new MappedRepository<>(idType, extractor, store, reads.tracking(changes), writes, owner, changes);
    }

    @Override
    public Inserted<T, ID> insert(T entity) {
        Objects.requireNonNull(entity, "entity");
        BatchExtractor<T>.Source batch = extractor.source(List.of(entity));
        WriteReport report = store.insert(new InsertRequest(collection, entityType, batch, true, writes.context()));
        batch.written(report);
        if (report.isComplete()) {
            T stored = batch.entities().get(0);
            writes.hooks().afterInsert(stored);
            return new Inserted<>(batch.<ID>ids().get(0), stored);
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
        WriteReport report = store.insert(new InsertRequest(collection, entityType, batch, options.isOrdered(),
                writes.context()));
        batch.written(report);
        if (!writes.hooks().none()) {
            List<T> stored = batch.entities();
            for (int position = 0; position < stored.size(); position++) {
                if (report.status(position) == PositionStatus.WRITTEN) {
                    writes.hooks().afterInsert(stored.get(position));
                }
            }
        }
        if (report.isComplete()) {
            return Either.right(new InsertResult<>(batch.ids(), batch.entities()));
        }
        return Either.left(failure(batch, report));
    }

    private BulkInsertFailure<T, ID> failure(BatchExtractor<T>.Source batch, WriteReport report) {
        return new BulkInsertFailure<>(entityType, collection, report, batch.ids(), batch.entities());
    }

    @Override
    public T save(T entity) {
        return saves.save(entity);
    }

    @Override
    public SaveResult<T, ID> saveAll(Collection<? extends T> entities) {
        return saves.saveAll(entities);
    }

    @Override
    public T saveChanges(T loaded, T changed) {
        return new ChangeSave<>(writes).save(loaded, changed);
    }

    @Override
    public UpdateResult<ID> updateOne(Filter filter, Update update) {
        return byFilter.update(filter, update, false, false);
    }

    @Override
    public UpdateResult<ID> updateMany(Filter filter, Update update) {
        return byFilter.update(filter, update, true, false);
    }

    @Override
    public UpdateResult<ID> upsert(Filter filter, Update update) {
        return byFilter.update(filter, update, false, true);
    }

    @Override
    public UpdateResult<ID> replaceOne(Filter filter, T replacement) {
        return byFilter.replaceOne(filter, replacement);
    }

    @Override
    public Optional<T> findOneAndUpdate(Filter filter, Update update, FindAndModify options) {
        return byFilter.findOneAndUpdate(filter, update, options, MappedQuery.all(reads));
    }

    @Override
    public <R> Optional<R> findOneAndUpdate(Filter filter, Update update, FindAndModify options,
            Class<R> projection) {
        return byFilter.findOneAndUpdate(filter, update, options, MappedQuery.all(reads).project(projection));
    }

    @Override
    public Optional<T> findOneAndReplace(Filter filter, T replacement, FindAndModify options) {
        return byFilter.findOneAndReplace(filter, replacement, options, MappedQuery.all(reads));
    }

    @Override
    public Optional<T> findOneAndDelete(Filter filter, FindAndModify options) {
        return byFilter.findOneAndDelete(filter, options, MappedQuery.all(reads));
    }

    @Override
    public long deleteMany(Filter filter) {
        return byFilter.deleteMany(filter);
    }

    @Override
    public boolean deleteById(ID id) {
        Objects.requireNonNull(id, "id");
        ExtractedValue storedId = writes.storedId(id, idType);
        writes.hooks().beforeDelete(id);
        BulkWriteReport sent = writes.send(new WriteOperation.Delete(writes.idFilter(storedId), false, false));
        if (!sent.positions().isComplete()) {
            throw Failures.of(entityType, collection, "deleteById", sent.positions());
        }
        if (tracker != null) {
            tracker.forget(storedId);
        }
        if (sent.deleted() > 0) {
            writes.hooks().afterDelete(id);
            return true;
        }
        return false;
    }

    @Override
    public boolean delete(T entity) {
        Objects.requireNonNull(entity, "entity");
        MappedBulkWrite<T, ID> bulk = new MappedBulkWrite<>(writes, idType, "Delete");
        bulk.delete(entity);
        BulkResult<T, ID> result = bulk.tryExecute(InsertOptions.ordered());
        if (!result.isComplete()) {
            WriteError error = result.report().errors().isEmpty() ? null : result.report().errors().get(0);
            if (error != null && error.code() == WriteError.VERSION_CONFLICT_CODE) {
                var version = Objects.requireNonNull(writes.model().version());
                throw new OptimisticLockException(entityType, collection, String.valueOf(writes.idOf(entity)),
                        version.current(entity), "the stored document has another version or is gone");
            }
            throw Failures.of(entityType, collection, "delete", result.report());
        }
        return result.deleted() > 0;
    }

    @Override
    public BulkWrite<T, ID> bulk() {
        return new MappedBulkWrite<>(writes, idType, "Bulk write");
    }

    @Override
    public Optional<T> findById(ID id) {
        Objects.requireNonNull(id, "id");
        return query().where(Filter.raw(FilterRenderer.equality("_id", writes.storedId(id, idType)))).first();
    }

    @Override
    public List<T> findAllById(Collection<? extends ID> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ExtractedValue> stored = new ArrayList<>(ids.size());
        ids.forEach(id -> stored.add(writes.storedId(Objects.requireNonNull(id, "id"), idType)));
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

    private static DocumentValue idFilter(String operator, ExtractedValue operand) {
        return DocumentValue.of(SingleNames.of("_id"), DocumentValue.of(SingleNames.of(operator), operand));
    }

    @Override
    public void ensureIndexes() {
        indexes().ensure();
    }

    @Override
    public List<IndexDifference> checkIndexes() {
        return indexes().check();
    }

    private Indexes indexes() {
        return new Indexes(entityType, collection, owner.context().indexes(entityType), store, writes.context());
    }

    @Override
    public String toString() {
        return "Repository[" + entityType.getName() + " in '" + collection + "']";
    }
}
