package io.databridge.odm.mapping;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.store.WriteRequest;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.IdModel;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.VersionModel;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import io.databridge.odm.mapping.internal.query.UpdateRenderer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a repository's writes share: the entity's mapper, id and version, the renderers of filters and updates, the
 * store and the context (options, transaction) writes run under, and the lifecycle hooks. Plans each entity write:
 * runs the "before" hook, sets the next version, extracts the document and settles the id, and chooses the operation.
 * Immutable; {@link #in} makes a copy for another context.
 *
 * @param <T> the entity type
 */
final class Writes<T> {

    /** What a write of a whole entity does. */
    enum Kind {
        /** Insert, with version 1 for a new versioned entity. */
        INSERT,
        /** Insert when new, else a versioned replace (or, unversioned, a replace-or-insert by id). */
        SAVE,
        /** A versioned replace of a stored entity (or, unversioned, a replace-or-insert by id). */
        REPLACE
    }

    /**
     * One planned entity write.
     *
     * @param original the entity as given (after the "before" hook)
     * @param version the version it carried (0 if new or unversioned)
     * @param next the version it is stored with (equal to {@code version} if unchanged)
     * @param stored the entity as it will be stored: a record's copy with the next version and generated id; a class
     *               entity itself, given its next version only once the write is done ({@link #done})
     * @param id the Java id
     * @param storedId the stored {@code _id}
     * @param operation the store operation
     * @param inserts whether the operation is an insert
     * @param kind what was asked for
     * @param <T> the entity type
     */
    record Planned<T>(T original, long version, long next, T stored, Object id, ExtractedValue storedId,
            WriteOperation operation, boolean inserts, Kind kind) {
    }

    private final Class<T> entityType;
    private final String collection;
    private final EntityMapper<T> mapper;
    private final EntityModel model;
    private final Function<ObjectIdValue, Object> generatedId;
    private final MappingConfiguration configuration;
    private final FilterRenderer filters;
    private final UpdateRenderer updates;
    private final DocumentStore store;
    private final Hooks<T> hooks;
    private final StoreContext context;
    private final @Nullable FieldNames versionedFilter;
    private final int versionSlot;

    Writes(Class<T> entityType, String collection, EntityMapper<T> mapper, Function<ObjectIdValue, Object> generatedId,
            MappingConfiguration configuration, FilterRenderer filters, DocumentStore store, Hooks<T> hooks,
            StoreContext context) {
        this.entityType = entityType;
        this.collection = collection;
        this.mapper = mapper;
        this.model = mapper.model();
        this.generatedId = generatedId;
        this.configuration = configuration;
        this.filters = filters;
        this.updates = new UpdateRenderer(entityType, model.document(), configuration);
        this.store = store;
        this.hooks = hooks;
        this.context = context;
        VersionModel version = model.version();
        this.versionedFilter = version == null ? null : FieldNames.of("_id", version.storedName());
        this.versionSlot = version == null ? -1 : model.document().layout().indexOf(version.storedName());
    }

    private Writes(Writes<T> base, StoreContext context) {
        this.entityType = base.entityType;
        this.collection = base.collection;
        this.mapper = base.mapper;
        this.model = base.model;
        this.generatedId = base.generatedId;
        this.configuration = base.configuration;
        this.filters = base.filters;
        this.updates = base.updates;
        this.store = base.store;
        this.hooks = base.hooks;
        this.context = context;
        this.versionedFilter = base.versionedFilter;
        this.versionSlot = base.versionSlot;
    }

    /**
     * A copy whose writes run under another context.
     *
     * @throws IllegalArgumentException for an unacknowledged write concern: every write reports its outcome, which an
     *                                  unacknowledged write does not have (and a versioned save could not tell a
     *                                  conflict from success)
     */
    Writes<T> in(StoreContext other) {
        OperationOptions options = other.options();
        if (!options.acknowledgedWrites()) {
            throw new IllegalArgumentException("unacknowledged write concern refused for " + entityType.getName()
                    + (versioned() ? ": a versioned save could not tell a stale version from a stored one" : "")
                    + ": every write of a repository reports its outcome; use an acknowledged write concern");
        }
        return new Writes<>(this, other);
    }

    Class<T> entityType() {
        return entityType;
    }

    String collection() {
        return collection;
    }

    EntityModel model() {
        return model;
    }

    Hooks<T> hooks() {
        return hooks;
    }

    StoreContext context() {
        return context;
    }

    FilterRenderer filters() {
        return filters;
    }

    boolean versioned() {
        return model.version() != null;
    }

    Extraction extraction() {
        return new Extraction(configuration.objectIdGenerator(), configuration.temporalPrecision());
    }

    /** Sends operations in one bulk write under this context. */
    BulkWriteReport send(List<WriteOperation> operations, boolean ordered) {
        return store.write(new WriteRequest(collection, entityType, operations, ordered, context));
    }

    /** Sends one operation. */
    BulkWriteReport send(WriteOperation operation) {
        return send(List.of(operation), true);
    }

    DocumentValue render(Filter filter) {
        return filters.render(Objects.requireNonNull(filter, "filter"));
    }

    DocumentValue render(Update update) {
        return updates.render(Objects.requireNonNull(update, "update"));
    }

    List<DocumentValue> arrayFilters(Update update) {
        return updates.arrayFilters(update);
    }

    /**
     * Plans the write of one entity.
     *
     * @throws InvalidEntityException if it cannot be stored, or a replace lacks what it needs (an id; for a versioned
     *                                type, a version)
     */
    Planned<T> plan(@Nullable T given, int position, Kind kind, Extraction extraction) {
        if (given == null) {
            throw new InvalidEntityException(entityType, position, "", "an entity", "null");
        }
        T entity = kind == Kind.INSERT ? hooks.beforeInsert(given) : hooks.beforeSave(given);
        VersionModel version = model.version();
        long current = version == null ? 0 : version.current(entity);
        if (kind == Kind.REPLACE && version != null && current == 0) {
            throw new InvalidEntityException(entityType, position, version.javaName(), "the version of a stored "
                    + "entity (1 or more) to replace it", "version 0: the entity was never stored; insert or save it");
        }
        long next = version == null ? 0 : kind == Kind.INSERT && current != 0 ? current : current + 1;
        boolean bumped = version != null && next != current;
        T stored = bumped && entityType.isRecord() ? entityType.cast(version.withVersion(entity, next)) : entity;
        DocumentValue document = mapper.extract(stored, position, extraction);
        if (bumped && stored == entity) {
            document = withVersionSlot(document, version.stored(next));
        }
        ExtractedValue storedId = Objects.requireNonNull(document.slot(0));
        boolean generated = extraction.takeIdGenerated();
        Object id;
        if (generated) {
            if (kind == Kind.REPLACE) {
                throw new InvalidEntityException(entityType, position, "id", "the id of the stored entity to replace",
                        "null");
            }
            id = generatedId.apply((ObjectIdValue) storedId);
            stored = model.id().declared() ? assignId(stored, id, position) : stored;
        } else {
            id = Objects.requireNonNull(model.id().getter()).get(stored);
        }
        boolean inserts = kind == Kind.INSERT || kind == Kind.SAVE && (version != null ? current == 0 : generated);
        WriteOperation operation;
        if (inserts) {
            operation = new WriteOperation.Insert(document);
        } else if (version != null) {
            operation = new WriteOperation.Replace(versionFilter(storedId, current), document, false, true);
        } else {
            operation = new WriteOperation.Replace(idFilter(storedId), document, true, false);
        }
        return new Planned<>(entity, current, next, stored, Objects.requireNonNull(id), storedId, operation, inserts,
                kind);
    }

    /** A class entity's document with the version slot replaced: the entity is not touched until its write is done. */
    private DocumentValue withVersionSlot(DocumentValue document, ExtractedValue version) {
        ExtractedValue[] slots = new ExtractedValue[document.slotCount()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = document.slot(i);
        }
        slots[versionSlot] = version;
        return DocumentValue.adopt(document.names(), slots);
    }

    /**
     * Gives a class entity whose write was done its next version, in place (a record's stored copy already holds it):
     * a class entity is never changed before its write is known to be done.
     */
    void done(Planned<T> planned) {
        VersionModel version = model.version();
        if (version != null && planned.next() != planned.version() && !entityType.isRecord()) {
            version.withVersion(planned.stored(), planned.next());
        }
    }

    private T assignId(T entity, Object id, int position) {
        try {
            return entityType.cast(model.id().assigner().withId(entity, id));
        } catch (ExtractionFailure failure) {
            throw new InvalidEntityException(entityType, position, "id", failure.expected(), failure.found());
        }
    }

    /** {@code {_id: id}}; a document or array id is compared with {@code $eq}. */
    DocumentValue idFilter(ExtractedValue storedId) {
        return FilterRenderer.equality("_id", storedId);
    }

    /** {@code {_id: id, version: v}}. */
    DocumentValue versionFilter(ExtractedValue storedId, long current) {
        VersionModel version = Objects.requireNonNull(model.version());
        return DocumentValue.of(Objects.requireNonNull(versionedFilter),
                idFilter(storedId).slot(0), version.stored(current));
    }

    /** Extracts an entity whose id must already be set (no id is generated). */
    DocumentValue extractWithId(T entity, String operation) {
        Extraction extraction = extraction();
        DocumentValue document = mapper.extract(entity, 0, extraction);
        if (extraction.takeIdGenerated()) {
            throw new InvalidEntityException(entityType, 0, "id", "the id of a stored entity for " + operation,
                    "null");
        }
        return document;
    }

    /** Reads an entity's id. */
    Object idOf(T entity) {
        IdModel id = model.id();
        Object value = id.getter() == null ? null : id.getter().get(entity);
        if (value == null) {
            throw new InvalidEntityException(entityType, 0, "id", "the id of a stored entity", "null");
        }
        return value;
    }

    /** The id converted as the write path stores it. */
    ExtractedValue storedId(Object id, Class<?> idType) {
        if (!idType.isInstance(id)) {
            throw new InvalidQueryException(entityType, "_id", "an id of type " + idType.getName() + "; got "
                    + id.getClass().getName());
        }
        PropertyModel idProperty = model.document().properties().get(0);
        if (idProperty.member()) {
            return filters.storedValue(idProperty.javaName(), id);
        }
        if (id instanceof ObjectIdValue objectId) {
            return objectId;
        }
        ValueConverter<?> converter = configuration.converterFor(id.getClass());
        if (converter == null) {
            throw new InvalidQueryException(entityType, "_id", "an ObjectId; got " + id.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        ValueConverter<Object> typed = (ValueConverter<Object>) converter;
        return typed.toStored(id);
    }

    /** A stored {@code _id} (of an upsert) as the repository's Java id. */
    Object javaId(ExtractedValue storedId) {
        PropertyModel idProperty = model.document().properties().get(0);
        if (!idProperty.member() && storedId instanceof ObjectIdValue objectId) {
            return generatedId.apply(objectId);
        }
        try {
            return Objects.requireNonNull(idProperty.read(storedId));
        } catch (ExtractionFailure failure) {
            throw new IllegalStateException("an upsert stored an _id " + Reads.idOf(DocumentValue.of(
                    FieldNames.of("_id"), storedId)) + " that " + entityType.getName() + " cannot read: expected "
                    + failure.expected() + "; found " + failure.found(), failure);
        }
    }
}
