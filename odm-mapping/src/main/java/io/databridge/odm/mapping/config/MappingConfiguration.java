package io.databridge.odm.mapping.config;

import io.databridge.odm.api.index.IndexDefinition;
import io.databridge.odm.api.spi.EntityListener;
import io.databridge.odm.api.spi.ObjectIdGenerator;
import io.databridge.odm.api.spi.ValueConverter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the mapping core maps: converters for types it does not know, where generated ids come from, the time
 * precision policy, and the lifecycle listeners and declared indexes of entity types. Immutable; built with
 * {@link #builder()}.
 */
public final class MappingConfiguration {

    private final Map<Class<?>, ValueConverter<?>> converters;
    private final ObjectIdGenerator objectIdGenerator;
    private final TemporalPrecision temporalPrecision;
    private final boolean strictReads;
    private final Map<Class<?>, List<EntityListener<?>>> listeners;
    private final Map<Class<?>, List<IndexDefinition>> indexes;

    private MappingConfiguration(Builder builder) {
        this.converters = Map.copyOf(builder.converters);
        this.objectIdGenerator = builder.objectIdGenerator;
        this.temporalPrecision = builder.temporalPrecision;
        this.strictReads = builder.strictReads;
        Map<Class<?>, List<EntityListener<?>>> copied = new LinkedHashMap<>();
        builder.listeners.forEach((type, list) -> copied.put(type, List.copyOf(list)));
        this.listeners = Map.copyOf(copied);
        Map<Class<?>, List<IndexDefinition>> declared = new LinkedHashMap<>();
        builder.indexes.forEach((type, list) -> declared.put(type, List.copyOf(list)));
        this.indexes = Map.copyOf(declared);
    }

    /**
     * Returns the indexes registered for exactly a type, in registration order (the type's annotations declare more).
     *
     * @param type the entity type
     * @return the index definitions, possibly empty
     */
    public List<IndexDefinition> indexes(Class<?> type) {
        return indexes.getOrDefault(type, List.of());
    }

    /**
     * Returns the lifecycle listeners registered for exactly a type, in registration order.
     *
     * @param type the entity type
     * @param <T> the entity type
     * @return the listeners, possibly empty
     */
    @SuppressWarnings("unchecked")
    public <T> List<EntityListener<T>> listeners(Class<T> type) {
        List<EntityListener<?>> registered = listeners.getOrDefault(type, List.of());
        return (List<EntityListener<T>>) (List<?>) registered;
    }

    /**
     * Tells whether reading refuses stored fields the type does not declare (by default they are ignored).
     *
     * @return {@code true} for strict reads
     */
    public boolean strictReads() {
        return strictReads;
    }

    /**
     * Starts a configuration with no converters, no id generator and {@link TemporalPrecision#REJECT_SUB_MILLIS}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the converter registered for a type.
     *
     * @param type the declared Java type
     * @return the converter, or {@code null} if none is registered for exactly this type
     */
    public @Nullable ValueConverter<?> converterFor(Class<?> type) {
        return converters.get(type);
    }

    /**
     * Returns the registered converters.
     *
     * @return converters by Java type
     */
    public Map<Class<?>, ValueConverter<?>> converters() {
        return converters;
    }

    /**
     * Returns where generated ids come from.
     *
     * @return the generator
     */
    public ObjectIdGenerator objectIdGenerator() {
        return objectIdGenerator;
    }

    /**
     * Returns the time precision policy.
     *
     * @return the policy
     */
    public TemporalPrecision temporalPrecision() {
        return temporalPrecision;
    }

    /** Builds a {@link MappingConfiguration}. Not thread-safe. */
    public static final class Builder {

        private final Map<Class<?>, ValueConverter<?>> converters = new LinkedHashMap<>();
        private ObjectIdGenerator objectIdGenerator = () -> {
            throw new IllegalStateException("no ObjectIdGenerator configured: an entity needs a generated id; "
                    + "configure one with MappingConfiguration.builder().objectIdGenerator(...)");
        };
        private TemporalPrecision temporalPrecision = TemporalPrecision.REJECT_SUB_MILLIS;
        private boolean strictReads;
        private final Map<Class<?>, List<EntityListener<?>>> listeners = new LinkedHashMap<>();
        private final Map<Class<?>, List<IndexDefinition>> indexes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares an index of an entity type, as {@link io.databridge.odm.api.annotation.Indexed} and
         * {@link io.databridge.odm.api.annotation.CompoundIndex} do, without touching the type. Its paths are checked
         * against the type's model when a repository of the type is created; only
         * {@link io.databridge.odm.api.Repository#ensureIndexes()} creates it.
         *
         * @param type the entity type (exactly; not its subtypes)
         * @param index the index
         * @return this builder
         */
        public Builder index(Class<?> type, IndexDefinition index) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(index, "index");
            indexes.computeIfAbsent(type, key -> new ArrayList<>()).add(index);
            return this;
        }

        /**
         * Registers lifecycle hooks for an entity type; several listeners of a type run in registration order.
         *
         * @param type the entity type (exactly; not its subtypes)
         * @param listener the hooks
         * @param <T> the entity type
         * @return this builder
         */
        public <T> Builder listener(Class<T> type, EntityListener<T> listener) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(listener, "listener");
            listeners.computeIfAbsent(type, key -> new ArrayList<>()).add(listener);
            return this;
        }

        /**
         * Makes reads refuse stored fields the type does not declare, instead of ignoring them.
         *
         * @param strict {@code true} to refuse unknown fields
         * @return this builder
         */
        public Builder strictReads(boolean strict) {
            this.strictReads = strict;
            return this;
        }

        /**
         * Registers a converter; it applies to components and fields declared with exactly its Java type, and takes
         * precedence over built-in mappings of that type.
         *
         * @param converter the converter
         * @return this builder
         * @throws IllegalArgumentException if a converter for the same type is already registered
         */
        public Builder converter(ValueConverter<?> converter) {
            Objects.requireNonNull(converter, "converter");
            if (converters.putIfAbsent(converter.javaType(), converter) != null) {
                throw new IllegalArgumentException("a converter for " + converter.javaType().getName()
                        + " is already registered");
            }
            return this;
        }

        /**
         * Registers converters.
         *
         * @param all the converters
         * @return this builder
         */
        public Builder converters(List<? extends ValueConverter<?>> all) {
            all.forEach(this::converter);
            return this;
        }

        /**
         * Sets where generated ids come from.
         *
         * @param generator the generator
         * @return this builder
         */
        public Builder objectIdGenerator(ObjectIdGenerator generator) {
            this.objectIdGenerator = Objects.requireNonNull(generator, "generator");
            return this;
        }

        /**
         * Sets the time precision policy.
         *
         * @param precision the policy
         * @return this builder
         */
        public Builder temporalPrecision(TemporalPrecision precision) {
            this.temporalPrecision = Objects.requireNonNull(precision, "precision");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the immutable configuration
         */
        public MappingConfiguration build() {
            return new MappingConfiguration(this);
        }
    }
}
