package io.databridge.odm.mapping;

import io.databridge.odm.api.BulkResult;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.SaveResult;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code save} and {@code saveAll} of a repository view: whole-document saves through a one-operation or many-operation
 * {@link MappedBulkWrite}, the single save's report turned into the exception it deserves, and, for a change-tracking
 * view, saves that send only what changed since the remembered stored form.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
final class EntitySaves<T, ID> {

    private final Writes<T> writes;
    private final Class<ID> idType;
    private final @Nullable ChangeTracker tracker;

    EntitySaves(Writes<T> writes, Class<ID> idType, @Nullable ChangeTracker tracker) {
        this.writes = writes;
        this.idType = idType;
        this.tracker = tracker;
    }

    T save(T entity) {
        Objects.requireNonNull(entity, "entity");
        if (tracker != null) {
            return trackedSave(tracker, entity);
        }
        return wholeSave(entity);
    }

    /**
     * A save through a change-tracking view: only what changed since the remembered stored form, when there is one
     * at the entity's version; the whole document otherwise. Either way the stored form is remembered afterwards.
     */
    private T trackedSave(ChangeTracker changes, T given) {
        var version = writes.model().version();
        Object id = writes.model().id().getter() == null ? null : writes.model().id().getter().get(given);
        ChangeTracker.Snapshot snapshot = id == null ? null : changes.get(writes.storedId(id, id.getClass()));
        long current = version == null ? 0 : version.current(given);
        boolean diffable = snapshot != null && (version == null || current != 0 && snapshot.version() == current);
        T stored;
        if (diffable) {
            T changed = writes.hooks().beforeSave(given);
            try {
                stored = new ChangeSave<>(writes).saveAgainst(snapshot.document(), current, changed, "Save", true);
            } catch (OptimisticLockException conflict) {
                changes.forget(writes.storedId(id, id.getClass()));
                throw conflict;
            }
        } else {
            stored = wholeSave(given);
        }
        changes.remember(writes.extractWithId(stored, "Save"));
        return stored;
    }

    private T wholeSave(T entity) {
        MappedBulkWrite<T, ID> bulk = new MappedBulkWrite<>(writes, idType, "Save");
        bulk.save(entity);
        Writes.Planned<T> planned = Objects.requireNonNull(bulk.planned().get(0));
        BulkResult<T, ID> result = bulk.tryExecute(InsertOptions.ordered());
        if (!result.isComplete()) {
            throw singleFailure("Save", result.report(), planned);
        }
        return planned.stored();
    }

    SaveResult<T, ID> saveAll(Collection<? extends T> entities) {
        Objects.requireNonNull(entities, "entities");
        MappedBulkWrite<T, ID> bulk = new MappedBulkWrite<>(writes, idType, "saveAll");
        entities.forEach(bulk::save);
        BulkResult<T, ID> result = bulk.execute();
        List<ID> ids = new ArrayList<>(entities.size());
        int inserted = 0;
        for (Writes.Planned<T> planned : bulk.planned()) {
            Writes.Planned<T> done = Objects.requireNonNull(planned);
            ids.add(idType.cast(done.id()));
            inserted += done.inserts() ? 1 : 0;
        }
        return new SaveResult<>(ids, result.entities(), inserted, ids.size() - inserted);
    }

    /** The exception of a single save: a conflict, a duplicate, a refusal or an interruption. */
    private RuntimeException singleFailure(String operation, WriteReport report, Writes.Planned<T> planned) {
        WriteError error = report.errors().isEmpty() ? null : report.errors().get(0);
        String id = Reads.describeId(planned.storedId());
        if (error != null && error.code() == WriteError.VERSION_CONFLICT_CODE) {
            return new OptimisticLockException(writes.entityType(), writes.collection(), id, planned.version(),
                    "the stored document has another version or is gone");
        }
        if (error != null && error.duplicateKey() != null) {
            if (writes.versioned() && planned.inserts() && error.duplicateKey().indexName().equals("_id_")) {
                return new OptimisticLockException(writes.entityType(), writes.collection(), id, 0,
                        "a document with this id already exists");
            }
            return new DuplicateKeyException(writes.entityType(), writes.collection(), error.duplicateKey(), error.message());
        }
        return Failures.of(writes.entityType(), writes.collection(), operation, report);
    }
}
