package io.databridge.odm.mapping;

import io.databridge.odm.api.BulkResult;
import io.databridge.odm.api.BulkWrite;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.mapping.internal.model.Extraction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bulk of mixed writes: each entity is planned (hook, version, extraction, id) as it is added, so a bad entity fails
 * the bulk before anything is sent; {@link #tryExecute} sends everything as one bulk write and turns the store's report
 * into the result, with each versioned conflict a failed position.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
final class MappedBulkWrite<T, ID> implements BulkWrite<T, ID> {

    /**
     * One operation of the bulk.
     *
     * @param operation what the store runs
     * @param planned the entity write behind it, or {@code null}
     * @param deletedId the id a delete by entity or id removes, or {@code null}
     */
    private record Step<T>(WriteOperation operation, Writes.@Nullable Planned<T> planned, @Nullable Object deletedId) {
    }

    private final Writes<T> writes;
    private final Class<ID> idType;
    private final String name;
    private final Extraction extraction;
    private final List<Step<T>> steps = new ArrayList<>();
    private @Nullable Update lastUpdate;
    private @Nullable DocumentValue lastRendered;
    private List<DocumentValue> lastArrayFilters = List.of();

    MappedBulkWrite(Writes<T> writes, Class<ID> idType, String name) {
        this.writes = writes;
        this.idType = idType;
        this.name = name;
        this.extraction = writes.extraction();
    }

    @Override
    public BulkWrite<T, ID> insert(T entity) {
        return entity(entity, Writes.Kind.INSERT);
    }

    @Override
    public BulkWrite<T, ID> save(T entity) {
        return entity(entity, Writes.Kind.SAVE);
    }

    @Override
    public BulkWrite<T, ID> replace(T entity) {
        return entity(entity, Writes.Kind.REPLACE);
    }

    private BulkWrite<T, ID> entity(T entity, Writes.Kind kind) {
        Writes.Planned<T> planned = writes.plan(entity, steps.size(), kind, extraction);
        steps.add(new Step<>(planned.operation(), planned, null));
        return this;
    }

    @Override
    public BulkWrite<T, ID> updateOne(Filter filter, Update update) {
        return update(filter, update, false, false);
    }

    @Override
    public BulkWrite<T, ID> updateMany(Filter filter, Update update) {
        return update(filter, update, true, false);
    }

    @Override
    public BulkWrite<T, ID> upsert(Filter filter, Update update) {
        return update(filter, update, false, true);
    }

    /** Adds an update; the same {@link Update} object added again (as in a loop) is rendered once. */
    private BulkWrite<T, ID> update(Filter filter, Update update, boolean multi, boolean upsert) {
        DocumentValue filterDocument = writes.render(filter);
        if (update != lastUpdate || lastRendered == null) {
            lastRendered = writes.render(update);
            lastArrayFilters = writes.arrayFilters(update);
            lastUpdate = update;
        }
        steps.add(new Step<>(new WriteOperation.Update(filterDocument, lastRendered, lastArrayFilters, multi, upsert),
                null, null));
        return this;
    }

    @Override
    public BulkWrite<T, ID> delete(T entity) {
        Objects.requireNonNull(entity, "entity");
        Object id = writes.idOf(entity);
        ExtractedValue storedId = writes.storedId(id, id.getClass());
        var version = writes.model().version();
        WriteOperation operation = version == null
                ? new WriteOperation.Delete(writes.idFilter(storedId), false, false)
                : new WriteOperation.Delete(writes.versionFilter(storedId, version.current(entity)), false, true);
        writes.hooks().beforeDelete(id);
        steps.add(new Step<>(operation, null, id));
        return this;
    }

    @Override
    public BulkWrite<T, ID> deleteById(ID id) {
        Objects.requireNonNull(id, "id");
        ExtractedValue storedId = writes.storedId(id, idType);
        writes.hooks().beforeDelete(id);
        steps.add(new Step<>(new WriteOperation.Delete(writes.idFilter(storedId), false, false), null, id));
        return this;
    }

    @Override
    public BulkWrite<T, ID> deleteMany(Filter filter) {
        steps.add(new Step<>(new WriteOperation.Delete(writes.render(filter), true, false), null, null));
        return this;
    }

    @Override
    public int size() {
        return steps.size();
    }

    @Override
    public BulkResult<T, ID> execute() {
        return execute(InsertOptions.ordered());
    }

    @Override
    public BulkResult<T, ID> execute(InsertOptions options) {
        BulkResult<T, ID> result = tryExecute(options);
        if (!result.isComplete()) {
            throw new BulkWriteException(name, writes.entityType(), writes.collection(), result.report(), ids(),
                    result.entities());
        }
        return result;
    }

    @Override
    public BulkResult<T, ID> tryExecute(InsertOptions options) {
        Objects.requireNonNull(options, "options");
        if (steps.isEmpty()) {
            return new BulkResult<>(WriteReport.allWritten(0), 0, 0, 0, 0, Map.of(), Map.of(), List.of());
        }
        List<WriteOperation> operations = new ArrayList<>(steps.size());
        steps.forEach(step -> operations.add(step.operation()));
        BulkWriteReport sent = writes.send(operations, options.isOrdered());
        WriteReport report = withConflicts(sent);
        Map<Integer, ID> insertedIds = new HashMap<>();
        Map<Integer, ID> upsertedIds = new HashMap<>();
        List<@Nullable T> entities = new ArrayList<>(steps.size());
        boolean complete = report.isComplete();
        for (int position = 0; position < steps.size(); position++) {
            Step<T> step = steps.get(position);
            Writes.Planned<T> stepPlan = step.planned();
            boolean done = complete || report.status(position) == PositionStatus.WRITTEN;
            entities.add(done && stepPlan != null ? stepPlan.stored() : null);
            if (done && stepPlan != null) {
                writes.done(stepPlan);
            }
            if (done) {
                after(step, position, sent, insertedIds, upsertedIds);
            }
        }
        return new BulkResult<>(report, sent.inserted(), sent.matched(), sent.modified(), sent.deleted(), insertedIds,
                upsertedIds, entities);
    }

    private void after(Step<T> step, int position, BulkWriteReport sent, Map<Integer, ID> insertedIds,
            Map<Integer, ID> upsertedIds) {
        Writes.Planned<T> planned = step.planned();
        ExtractedValue upserted = sent.upserted().get(position);
        if (planned != null) {
            if (planned.inserts()) {
                insertedIds.put(position, idType.cast(planned.id()));
            } else if (upserted != null) {
                upsertedIds.put(position, idType.cast(planned.id()));
            }
            if (planned.kind() == Writes.Kind.INSERT) {
                writes.hooks().afterInsert(planned.stored());
            } else {
                writes.hooks().afterSave(planned.stored());
            }
        } else if (upserted != null) {
            upsertedIds.put(position, idType.cast(writes.javaId(upserted)));
        }
        if (step.deletedId() != null) {
            writes.hooks().afterDelete(step.deletedId());
        }
    }

    /** The store's report with each unmatched must-match operation as a failed position. */
    private WriteReport withConflicts(BulkWriteReport sent) {
        if (sent.unmatched().isEmpty()) {
            return sent.positions();
        }
        WriteReport positions = sent.positions();
        WriteReport.Builder merged = WriteReport.builder(positions.size());
        positions.errors().forEach(merged::failed);
        positions.notAttempted().forEach(range -> merged.notAttempted(range.from(), range.to()));
        positions.unknown().forEach(range -> merged.unknown(range.from(), range.to()));
        positions.interruption().ifPresent(merged::interruptedBy);
        for (int position : sent.unmatched()) {
            merged.failed(new WriteError(position, WriteError.VERSION_CONFLICT_CODE, conflict(steps.get(position)),
                    null));
        }
        return merged.build();
    }

    private String conflict(Step<T> step) {
        Writes.Planned<T> planned = step.planned();
        if (planned != null) {
            return "version conflict: " + writes.entityType().getSimpleName() + " " + Reads.describeId(
                    planned.storedId()) + " is no longer at stored version " + planned.version()
                    + " (changed or deleted meanwhile)";
        }
        return "version conflict: " + writes.entityType().getSimpleName() + " " + step.deletedId()
                + " is no longer at the entity's version (changed or deleted meanwhile)";
    }

    private List<@Nullable Object> ids() {
        List<@Nullable Object> ids = new ArrayList<>(steps.size());
        for (Step<T> step : steps) {
            ids.add(step.planned() != null ? step.planned().id() : step.deletedId());
        }
        return ids;
    }

    /** The steps' planned entity writes, for repositories that turn a one-step bulk into a single result. */
    List<Writes.@Nullable Planned<T>> planned() {
        List<Writes.@Nullable Planned<T>> planned = new ArrayList<>(steps.size());
        steps.forEach(step -> planned.add(step.planned()));
        return planned;
    }
}
