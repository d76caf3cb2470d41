package io.databridge.odm.mapping;

import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.Found;
import io.databridge.odm.mapping.internal.query.FilterRenderer;

/**
 * What a repository's reads share: the store, the collection, the entity's model and query renderer, and the row
 * readers that turn stored documents into entities or projections, with errors that name the collection and the
 * document's {@code _id}.
 *
 * @param <T> the entity type
 */
final class Reads<T> {

    private final Class<T> entityType;
    private final String collection;
    private final EntityModel model;
    private final FilterRenderer renderer;
    private final DocumentStore store;
    private final MappingContext context;
    private final RowReader<T> entities;
    private final Hooks<T> hooks;
    private final StoreContext storeContext;

    Reads(Class<T> entityType, String collection, EntityModel model, DocumentStore store, MappingContext context,
            Hooks<T> hooks) {
        this.entityType = entityType;
        this.collection = collection;
        this.model = model;
        this.store = store;
        this.context = context;
        this.hooks = hooks;
        this.storeContext = StoreContext.DEFAULT;
        this.renderer = new FilterRenderer(entityType, model.document(), context.configuration());
        this.entities = entityReader();
    }

    private Reads(Reads<T> base, StoreContext storeContext) {
        this.entityType = base.entityType;
        this.collection = base.collection;
        this.model = base.model;
        this.store = base.store;
        this.context = base.context;
        this.hooks = base.hooks;
        this.storeContext = storeContext;
        this.renderer = base.renderer;
        this.entities = base.entities;
    }

    private Reads(Reads<T> base, RowReader<T> entities) {
        this.entityType = base.entityType;
        this.collection = base.collection;
        this.model = base.model;
        this.store = base.store;
        this.context = base.context;
        this.hooks = base.hooks;
        this.storeContext = base.storeContext;
        this.renderer = base.renderer;
        this.entities = entities;
    }

    /** A copy whose reads run under another context (read concern, read preference, transaction). */
    Reads<T> in(StoreContext other) {
        return new Reads<>(this, other);
    }

    /** A copy that remembers the stored form of every entity it reads. */
    Reads<T> tracking(ChangeTracker tracker) {
        RowReader<T> plain = entities;
        return new Reads<>(this, document -> {
            T entity = plain.read(document);
            tracker.remember(document);
            return entity;
        });
    }

    StoreContext context() {
        return storeContext;
    }

    /** Materializes entities and, when the type has listeners, runs their {@code afterLoad}. */
    private RowReader<T> entityReader() {
        RowReader<T> plain = reader(model.document(), entityType);
        return hooks.none() ? plain : document -> hooks.afterLoad(plain.read(document));
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

    FilterRenderer renderer() {
        return renderer;
    }

    DocumentStore store() {
        return store;
    }

    MappingContext mappingContext() {
        return context;
    }

    MappingConfiguration configuration() {
        return context.configuration();
    }

    RowReader<T> entities() {
        return entities;
    }

    /**
     * Makes the row reader of a model: materializes each document, turning a failure into an error that names the
     * collection, the document's id and the field path.
     */
    <R> RowReader<R> reader(DocumentModel readModel, Class<R> type) {
        return document -> {
            try {
                return type.cast(readModel.materialize(document));
            } catch (ExtractionFailure failure) {
                throw storedDocumentError(document, failure);
            }
        };
    }

    StoredDocumentException storedDocumentError(DocumentValue document, ExtractionFailure failure) {
        return new StoredDocumentException(collection, idOf(document), failure.path(), failure.found(),
                failure.expected());
    }

    /** The document's {@code _id} as errors show it: {@code ObjectId(...)}, {@code "A-1"}, {@code 42}. */
    static String idOf(DocumentValue document) {
        ExtractedValue id = document.get("_id");
        return id == null ? "?" : describeId(id);
    }

    /** A stored id as errors show it: {@code ObjectId(...)}, {@code "A-1"}, {@code 42}. */
    static String describeId(ExtractedValue id) {
        return switch (id) {
            case StringValue string -> "\"" + string.value() + "\"";
            case Int32Value number -> Integer.toString(number.value());
            case Int64Value number -> Long.toString(number.value());
            case ObjectIdValue objectId -> objectId.toString();
            default -> Found.describe(id);
        };
    }
}
