package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.mapping.internal.access.BooleanGetter;
import io.databridge.odm.mapping.internal.access.DoubleGetter;
import io.databridge.odm.mapping.internal.access.IntGetter;
import io.databridge.odm.mapping.internal.access.LongGetter;
import io.databridge.odm.mapping.internal.access.ObjectGetter;
import org.jspecify.annotations.Nullable;

/**
 * One stored component or field: its Java name (used in error paths), its stored name, and how to read and convert
 * it. Primitive kinds read without boxing.
 */
public abstract sealed class PropertyModel {

    private final String javaName;
    private final String storedName;

    private PropertyModel(String javaName, String storedName) {
        this.javaName = javaName;
        this.storedName = storedName;
    }

    /**
     * Returns the name in Java.
     *
     * @return the component or field name
     */
    public final String javaName() {
        return javaName;
    }

    /**
     * Returns the stored field name.
     *
     * @return the name in the document
     */
    public final String storedName() {
        return storedName;
    }

    /**
     * Reads and converts the property of an owner.
     *
     * @param owner the entity or embedded object
     * @param extraction the current call's state
     * @return the stored value, or {@code null} if the field is absent (a null reference or an empty Optional)
     * @throws ExtractionFailure if the value cannot be stored
     */
    public abstract @Nullable ExtractedValue extract(Object owner, Extraction extraction);

    /**
     * An {@code int} property.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofInt(String javaName, String storedName, IntGetter getter) {
        return new IntProperty(javaName, storedName, getter);
    }

    /**
     * A {@code long} property.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofLong(String javaName, String storedName, LongGetter getter) {
        return new LongProperty(javaName, storedName, getter);
    }

    /**
     * A {@code double} property.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofDouble(String javaName, String storedName, DoubleGetter getter) {
        return new DoubleProperty(javaName, storedName, getter);
    }

    /**
     * A {@code boolean} property.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofBoolean(String javaName, String storedName, BooleanGetter getter) {
        return new BooleanProperty(javaName, storedName, getter);
    }

    /**
     * A reference property (or a primitive of another kind, read boxed).
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @param mapper the mapper of the declared type
     * @return the property
     */
    public static PropertyModel ofReference(String javaName, String storedName, ObjectGetter getter,
            ValueMapper mapper) {
        return new ReferenceProperty(javaName, storedName, getter, mapper);
    }

    /**
     * The id of a root entity, stored as {@code _id}: a null id is generated when its type holds ObjectIds, and
     * refused otherwise.
     *
     * @param javaName the Java name
     * @param getter the getter
     * @param mapper the mapper of the declared type
     * @param generated whether a null id is replaced by a generated ObjectId
     * @return the property
     */
    public static PropertyModel ofId(String javaName, ObjectGetter getter, ValueMapper mapper, boolean generated) {
        return new IdProperty(javaName, getter, mapper, generated);
    }

    /**
     * The {@code _id} of a root entity type that has no id of its own: always generated.
     *
     * @return the property
     */
    public static PropertyModel generatedId() {
        return new GeneratedIdProperty();
    }

    private static final class IntProperty extends PropertyModel {
        private final IntGetter getter;

        IntProperty(String javaName, String storedName, IntGetter getter) {
            super(javaName, storedName);
            this.getter = getter;
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            return Int32Value.of(getter.get(owner));
        }
    }

    private static final class LongProperty extends PropertyModel {
        private final LongGetter getter;

        LongProperty(String javaName, String storedName, LongGetter getter) {
            super(javaName, storedName);
            this.getter = getter;
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            return new Int64Value(getter.get(owner));
        }
    }

    private static final class DoubleProperty extends PropertyModel {
        private final DoubleGetter getter;

        DoubleProperty(String javaName, String storedName, DoubleGetter getter) {
            super(javaName, storedName);
            this.getter = getter;
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            return new DoubleValue(getter.get(owner));
        }
    }

    private static final class BooleanProperty extends PropertyModel {
        private final BooleanGetter getter;

        BooleanProperty(String javaName, String storedName, BooleanGetter getter) {
            super(javaName, storedName);
            this.getter = getter;
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            return BooleanValue.of(getter.get(owner));
        }
    }

    private static final class ReferenceProperty extends PropertyModel {
        private final ObjectGetter getter;
        private final ValueMapper mapper;

        ReferenceProperty(String javaName, String storedName, ObjectGetter getter, ValueMapper mapper) {
            super(javaName, storedName);
            this.getter = getter;
            this.mapper = mapper;
        }

        @Override
        public @Nullable ExtractedValue extract(Object owner, Extraction extraction) {
            Object value = getter.get(owner);
            return value == null ? null : mapper.toValue(value, extraction);
        }
    }

    private static final class IdProperty extends PropertyModel {
        private final ObjectGetter getter;
        private final ValueMapper mapper;
        private final boolean generated;

        IdProperty(String javaName, ObjectGetter getter, ValueMapper mapper, boolean generated) {
            super(javaName, "_id");
            this.getter = getter;
            this.mapper = mapper;
            this.generated = generated;
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            Object value = getter.get(owner);
            ExtractedValue stored = value == null ? null : mapper.toValue(value, extraction);
            if (stored != null && stored != NullValue.INSTANCE) {
                return stored;
            }
            if (generated) {
                return extraction.generateId();
            }
            throw new ExtractionFailure("a non-null id (only ids that hold an ObjectId are generated)",
                    value == null ? "null" : value.toString());
        }
    }

    private static final class GeneratedIdProperty extends PropertyModel {

        GeneratedIdProperty() {
            super("_id", "_id");
        }

        @Override
        public ExtractedValue extract(Object owner, Extraction extraction) {
            return extraction.generateId();
        }
    }
}
