package io.databridge.odm.mapping;

import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.mapping.internal.model.VersionModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code saveChanges}: sends only what changed between the entity as loaded and its new value, as one update that
 * checks and increments the version ({@code {_id, version: v}} → {@code $set: {..., version: v + 1}}), or, for an
 * unversioned type, that requires the document to still exist.
 *
 * @param <T> the entity type
 */
final class ChangeSave<T> {

    private final Writes<T> writes;

    ChangeSave(Writes<T> writes) {
        this.writes = writes;
    }

    T save(T loaded, T given) {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(given, "changed");
        Class<T> type = writes.entityType();
        T changed = writes.hooks().beforeSave(given);
        Object id = writes.idOf(loaded);
        if (!id.equals(writes.idOf(changed))) {
            throw new IllegalArgumentException("saveChanges of " + type.getName() + ": the changed entity has id "
                    + writes.idOf(changed) + ", the loaded one " + id + "; expected the same entity");
        }
        VersionModel version = writes.model().version();
        long current = version == null ? 0 : version.current(loaded);
        if (version != null && version.current(changed) != current) {
            throw new IllegalArgumentException("saveChanges of " + type.getName() + " " + id + ": the changed entity "
                    + "has version " + version.current(changed) + ", the loaded one " + current
                    + "; expected the version as loaded (the next one is set on saving)");
        }
        if (version != null && current == 0) {
            throw new IllegalArgumentException("saveChanges of " + type.getName() + " " + id + ": the loaded entity has "
                    + "version 0, so it was never stored; save it instead");
        }
        return saveAgainst(writes.extractWithId(loaded, "saveChanges"), current, changed, "saveChanges", false);
    }

    /**
     * Sends what changed between a stored document and an entity's new value.
     *
     * @param before the document as stored, at version {@code current}
     * @param current the stored version (0 for an unversioned type)
     * @param changed the new value, its "before save" hooks already run
     * @param operation named in errors
     * @param mustWrite whether to write even when nothing changed, so that the save still checks the stored version
     *                  (a versioned type gets its next version; an unversioned one is replaced or inserted by id)
     * @return the entity as stored, with its next version; {@code changed} itself when nothing changed and nothing
     *         had to be written
     */
    T saveAgainst(DocumentValue before, long current, T changed, String operation, boolean mustWrite) {
        Class<T> type = writes.entityType();
        VersionModel version = writes.model().version();
        DocumentValue after = writes.extractWithId(changed, operation);
        Changes changes = Changes.between(before, after, version == null ? null : version.storedName());
        if (changes.isEmpty() && !mustWrite) {
            return changed;
        }
        ExtractedValue storedId = Objects.requireNonNull(after.slot(0));
        if (changes.isEmpty() && version == null) {
            BulkWriteReport sent = writes.send(new WriteOperation.Replace(writes.idFilter(storedId), after, true,
                    false));
            if (!sent.positions().isComplete()) {
                throw Failures.of(type, writes.collection(), operation, sent.positions());
            }
            writes.hooks().afterSave(changed);
            return changed;
        }
        T stored = changed;
        DocumentValue filter;
        DocumentValue update;
        if (version == null) {
            filter = writes.idFilter(storedId);
            update = changes.update(Map.of());
        } else {
            filter = writes.versionFilter(storedId, current);
            update = changes.update(Map.of(version.storedName(), version.stored(current + 1)));
            if (type.isRecord()) {
                stored = type.cast(version.withVersion(changed, current + 1));
            }
        }
        BulkWriteReport sent = writes.send(new WriteOperation.Update(filter, update, List.of(), false, false));
        if (!sent.positions().isComplete()) {
            throw Failures.of(type, writes.collection(), operation, sent.positions());
        }
        if (sent.matched() == 0) {
            throw new OptimisticLockException(type, writes.collection(), Reads.describeId(storedId), current,
                    version == null ? "the document is gone" : "the stored document has another version or is gone");
        }
        if (version != null && !type.isRecord()) {
            version.withVersion(changed, current + 1);
        }
        writes.hooks().afterSave(stored);
        return stored;
    }
}
