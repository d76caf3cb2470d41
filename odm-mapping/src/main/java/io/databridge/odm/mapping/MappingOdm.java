package io.databridge.odm.mapping;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.Transaction;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.internal.model.IdModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link Odm} over any {@link DocumentStore}: the repository engine of the mapping core. Composition roots (such
 * as the MongoDB driver adapter's) create it with their store; tests can give it any other store.
 */
public final class MappingOdm implements Odm {

    private final DocumentStore store;
    private final MappingContext context;

    /**
     * Creates the mapper over a store.
     *
     * @param store where documents go; closed with this instance
     * @param context the type models and their configuration
     */
    public MappingOdm(DocumentStore store, MappingContext context) {
        this.store = Objects.requireNonNull(store, "store");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the mapping context, for callers that need entity-to-document conversion alone.
     *
     * @return the context
     */
    public MappingContext context() {
        return context;
    }

    @Override
    public <T, ID> Repository<T, ID> repository(Class<T> entityType, Class<ID> idType) {
        return repository(entityType, idType, defaultCollection(entityType));
    }

    @Override
    public <T, ID> Repository<T, ID> repository(Class<T> entityType, Class<ID> idType, String collection) {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(collection, "collection");
        if (collection.isEmpty() || collection.indexOf('\0') >= 0 || collection.startsWith("system.")
                || collection.contains("$")) {
            throw new IllegalArgumentException("invalid collection name for " + entityType.getName() + ": '"
                    + collection + "' (expected a non-empty name without '$' or NUL, not starting with 'system.')");
        }
        EntityMapper<T> mapper = context.mapper(entityType);
        context.indexes(entityType);
        Function<ObjectIdValue, Object> generatedId = generatedIdMaker(entityType, idType, mapper.model().id());
        Hooks<T> hooks = new Hooks<>(entityType, context.configuration().listeners(entityType));
        Reads<T> reads = new Reads<>(entityType, collection, mapper.model(), store, context, hooks);
        Writes<T> writes = new Writes<>(entityType, collection, mapper, generatedId, context.configuration(),
                reads.renderer(), store, hooks, StoreContext.DEFAULT);
        return new MappedRepository<>(idType, new BatchExtractor<>(mapper, generatedId, context.configuration(), hooks),
                store, reads, writes, this);
    }

    @Override
    public <R> R inTransaction(Function<Transaction, R> work) {
        Objects.requireNonNull(work, "work");
        return store.inTransaction(session -> work.apply(new MappedTransaction(this, session)),
                OperationOptions.INHERIT);
    }

    private Function<ObjectIdValue, Object> generatedIdMaker(Class<?> entityType, Class<?> idType, IdModel id) {
        if (id.declared()) {
            Class<?> declared = Objects.requireNonNull(id.javaType());
            if (!idType.isAssignableFrom(declared)) {
                throw new IllegalArgumentException(entityType.getName() + " has an id of type " + declared.getName()
                        + "; expected the repository's id type to be that type, not " + idType.getName());
            }
            Function<ObjectIdValue, Object> fromObjectId = id.fromObjectId();
            return fromObjectId != null ? fromObjectId : objectId -> {
                throw new IllegalStateException("ids of " + declared.getName() + " are never generated");
            };
        }
        if (idType == ObjectIdValue.class || idType == Object.class) {
            return ObjectIdValue.class::cast;
        }
        ValueConverter<?> converter = context.configuration().converterFor(idType);
        if (converter != null && converter.storedType() == ObjectIdValue.class) {
            return converter::fromStored;
        }
        throw new IllegalArgumentException(entityType.getName() + " has no id of its own, so its ids are generated "
                + "ObjectIds; expected the repository's id type to hold one (ObjectId or ObjectIdValue), not "
                + idType.getName());
    }

    /**
     * Returns the default collection of an entity type: its simple name with a lower-case first letter.
     *
     * @param entityType the entity type
     * @return e.g. {@code purchaseOrder} for {@code PurchaseOrder}
     */
    public static String defaultCollection(Class<?> entityType) {
        String simple = entityType.getSimpleName();
        if (simple.isEmpty()) {
            throw new MappingException(entityType, List.of(new MappingProblem(entityType, "", "an anonymous class",
                    "a named type, or an explicit collection name")));
        }
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    @Override
    public void close() {
        store.close();
    }
}
