package io.databridge.odm.driver;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.index.IndexDefinition;
import io.databridge.odm.api.spi.EntityListener;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.codec.BatchDecoder;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.BsonObjectIds;
import io.databridge.odm.codec.DecodingSettings;
import io.databridge.odm.codec.EncodingSettings;
import io.databridge.odm.driver.internal.MongoDocumentStore;
import io.databridge.odm.driver.internal.StoreSettings;
import io.databridge.odm.mapping.MappingContext;
import io.databridge.odm.mapping.MappingOdm;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.config.TemporalPrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Odm} on the MongoDB sync driver.
 *
 * <pre>{@code
 * try (Odm odm = MongoOdm.connect("mongodb://localhost:27017", "shop")) {
 *     Repository<Order, OrderId> orders = odm.repository(Order.class, OrderId.class);
 *     orders.insertAll(List.of(order1, order2));
 * }
 * }</pre>
 *
 * <p>{@code org.bson.types.ObjectId} is supported out of the box, as a field type and as an id type (generated when
 * null). An {@code Odm} made from a connection string owns its client and closes it; one made from an existing client
 * leaves it open.
 */
public final class MongoOdm {

    private MongoOdm() {
    }

    /**
     * Connects with default settings.
     *
     * @param connectionString a {@code mongodb://} or {@code mongodb+srv://} connection string
     * @param database the database name
     * @return the ODM, owning its client
     */
    public static Odm connect(String connectionString, String database) {
        return builder().connectionString(connectionString).database(database).build();
    }

    /**
     * Wraps an existing client, which stays the caller's to close.
     *
     * @param client the client
     * @param database the database name
     * @return the ODM
     */
    public static Odm using(MongoClient client, String database) {
        return builder().client(client).database(database).build();
    }

    /**
     * Starts a builder for the less common settings.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Odm}. Not thread-safe. */
    public static final class Builder {

        private @Nullable String connectionString;
        private @Nullable MongoClient client;
        private @Nullable String database;
        private final List<ValueConverter<?>> converters = new ArrayList<>();
        private TemporalPrecision temporalPrecision = TemporalPrecision.REJECT_SUB_MILLIS;
        private EncodingSettings encoding = EncodingSettings.defaults();
        private DecodingSettings decoding = DecodingSettings.defaults();
        private boolean strictReads;
        private StoreSettings store = StoreSettings.defaults();
        private final List<Consumer<MappingConfiguration.Builder>> listeners = new ArrayList<>();
        private final List<Consumer<MappingConfiguration.Builder>> indexes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Registers lifecycle hooks of an entity type, without touching the type (see {@link EntityListener}).
         *
         * @param type the entity type
         * @param listener the hooks
         * @param <T> the entity type
         * @return this builder
         */
        public <T> Builder listener(Class<T> type, EntityListener<T> listener) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(listener, "listener");
            listeners.add(configuration -> configuration.listener(type, listener));
            return this;
        }

        /**
         * Declares an index of an entity type, without touching the type (as
         * {@link io.databridge.odm.api.annotation.Indexed} and {@link io.databridge.odm.api.annotation.CompoundIndex}
         * do on it). Nothing is created until {@link io.databridge.odm.api.Repository#ensureIndexes()} is called.
         *
         * @param type the entity type
         * @param index the index, with Java paths
         * @return this builder
         */
        public Builder index(Class<?> type, IndexDefinition index) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(index, "index");
            indexes.add(configuration -> configuration.index(type, index));
            return this;
        }

        /**
         * Connects with a connection string; the ODM owns the client.
         *
         * @param connectionString the connection string
         * @return this builder
         */
        public Builder connectionString(String connectionString) {
            this.connectionString = Objects.requireNonNull(connectionString, "connectionString");
            return this;
        }

        /**
         * Uses an existing client; the caller keeps ownership.
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(MongoClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets the database.
         *
         * @param database the database name
         * @return this builder
         */
        public Builder database(String database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /**
         * Registers a converter for a type the mapping does not know.
         *
         * @param converter the converter
         * @return this builder
         */
        public Builder converter(ValueConverter<?> converter) {
            converters.add(Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /**
         * Sets what happens to sub-millisecond time values (refused by default).
         *
         * @param precision the policy
         * @return this builder
         */
        public Builder temporalPrecision(TemporalPrecision precision) {
            this.temporalPrecision = Objects.requireNonNull(precision, "precision");
            return this;
        }

        /**
         * Sets when batches are encoded in parallel.
         *
         * @param settings threshold and parallelism
         * @return this builder
         */
        public Builder encoding(EncodingSettings settings) {
            this.encoding = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Sets when read batches are decoded in parallel.
         *
         * @param settings threshold and parallelism
         * @return this builder
         */
        public Builder decoding(DecodingSettings settings) {
            this.decoding = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Makes reads refuse stored fields the entity does not declare (by default they are ignored).
         *
         * @param strict whether to refuse unknown fields
         * @return this builder
         */
        public Builder strictReads(boolean strict) {
            this.strictReads = strict;
            return this;
        }

        /**
         * Sets how many unordered wire batches may be in flight at once (2 by default).
         *
         * @param batches at least 1
         * @return this builder
         */
        public Builder maxInFlight(int batches) {
            this.store = new StoreSettings(store.maxBatchDocuments(), store.targetBatchBytes(), batches);
            return this;
        }

        /**
         * Sets the most documents per wire batch (also capped by the server's limit).
         *
         * @param documents at least 1
         * @return this builder
         */
        public Builder maxBatchDocuments(int documents) {
            this.store = new StoreSettings(documents, store.targetBatchBytes(), store.maxInFlight());
            return this;
        }

        /**
         * Builds the ODM.
         *
         * @return the ODM
         * @throws IllegalStateException if neither or both of a connection string and a client were given, or no
         *                               database
         */
        public Odm build() {
            if ((connectionString == null) == (client == null)) {
                throw new IllegalStateException("give either a connection string or a client");
            }
            if (database == null) {
                throw new IllegalStateException("give a database name");
            }
            boolean owned = client == null;
            MongoClient driver = owned ? MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(Objects.requireNonNull(connectionString))).build())
                    : client;
            MappingConfiguration.Builder mapping = MappingConfiguration.builder()
                    .converter(BsonObjectIds.converter())
                    .converters(converters)
                    .objectIdGenerator(BsonObjectIds.generator())
                    .temporalPrecision(temporalPrecision)
                    .strictReads(strictReads);
            listeners.forEach(listener -> listener.accept(mapping));
            indexes.forEach(index -> index.accept(mapping));
            MappingConfiguration configuration = mapping.build();
            MongoDocumentStore documentStore = new MongoDocumentStore(Objects.requireNonNull(driver), owned,
                    database, new BatchEncoder(encoding), new BatchDecoder(decoding), store);
            return new MappingOdm(documentStore, MappingContext.create(configuration));
        }
    }
}
