package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.internal.access.BooleanGetter;
import io.databridge.odm.mapping.internal.access.DoubleGetter;
import io.databridge.odm.mapping.internal.access.IntGetter;
import io.databridge.odm.mapping.internal.access.LongGetter;
import io.databridge.odm.mapping.internal.access.ObjectGetter;
import org.jspecify.annotations.Nullable;

/**
 * One stored component or field: its Java name (used in error paths), its stored name, and how to read and convert
 * it. Primitive kinds read without boxing.
 *
 * <p>One final class with a kind switch rather than a subclass per kind: a document's properties are visited in a
 * fixed order, so the switch's branches are predicted, where a virtual call per property would be a megamorphic
 * dispatch on the hot path. Exactly one getter field is set, the one its kind reads.
 */
public final class PropertyModel {

    private static final int INT = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int BOOLEAN = 3;
    private static final int STRING = 4;
    private static final int REFERENCE = 5;
    private static final int ID = 6;
    private static final int GENERATED_ID = 7;

    private final int kind;
    private final String javaName;
    private final String storedName;
    private final @Nullable IntGetter intGetter;
    private final @Nullable LongGetter longGetter;
    private final @Nullable DoubleGetter doubleGetter;
    private final @Nullable BooleanGetter booleanGetter;
    private final @Nullable ObjectGetter objectGetter;
    private final @Nullable ValueMapper mapper;
    private final boolean generated;
    private final boolean primitive;

    private PropertyModel(int kind, String javaName, String storedName, @Nullable Object getter,
            @Nullable ValueMapper mapper, boolean generated) {
        this(kind, javaName, storedName, getter, mapper, generated, kind <= BOOLEAN);
    }

    private PropertyModel(int kind, String javaName, String storedName, @Nullable Object getter,
            @Nullable ValueMapper mapper, boolean generated, boolean primitive) {
        this.kind = kind;
        this.javaName = javaName;
        this.storedName = storedName;
        this.intGetter = getter instanceof IntGetter ints ? ints : null;
        this.longGetter = getter instanceof LongGetter longs ? longs : null;
        this.doubleGetter = getter instanceof DoubleGetter doubles ? doubles : null;
        this.booleanGetter = getter instanceof BooleanGetter booleans ? booleans : null;
        this.objectGetter = getter instanceof ObjectGetter objects ? objects : null;
        this.mapper = switch (kind) {
            case INT -> Scalars.INT32;
            case LONG -> Scalars.INT64;
            case DOUBLE -> Scalars.DOUBLE;
            case BOOLEAN -> Scalars.BOOLEAN;
            case STRING -> Scalars.STRING;
            default -> mapper;
        };
        this.generated = generated;
        this.primitive = primitive;
    }

    /**
     * Tells whether the property is a component or field of the type (the generated {@code _id} of a type without an
     * id is not).
     *
     * @return {@code false} only for a generated id
     */
    public boolean member() {
        return kind != GENERATED_ID;
    }

    /**
     * Returns the mapper of the property's declared type.
     *
     * @return the mapper, or {@code null} for a generated id
     */
    public @Nullable ValueMapper mapper() {
        return mapper;
    }

    /**
     * Tells whether a stored null reads back, as {@link #read} decides.
     *
     * @return {@code false} for a primitive and for an id
     */
    public boolean readsStoredNull() {
        return mapper != null && !primitive && kind != ID;
    }

    /**
     * Reads a stored value back into the property's Java value.
     *
     * <p>Policy for a field that is not stored: a primitive gets its default (0, false), a collection or map an empty
     * one, an {@code Optional} an empty one, any other reference {@code null}; an id must be stored. A stored null is
     * {@code null} (an empty {@code Optional}), and refused for a primitive.
     *
     * @param stored the stored value, or {@code null} if the field is absent
     * @return the Java value (boxed for primitives)
     * @throws ExtractionFailure if the stored value does not fit
     */
    public @Nullable Object read(@Nullable ExtractedValue stored) {
        ValueMapper reader = mapper;
        if (reader == null) {
            throw new IllegalStateException("a generated id has no Java value");
        }
        if (stored == null) {
            if (kind == ID) {
                throw new ExtractionFailure("an _id", "nothing");
            }
            return primitive ? primitiveDefault(reader) : reader.absent();
        }
        if (stored == NullValue.INSTANCE) {
            if (primitive || kind == ID) {
                throw Found.mismatch(reader instanceof Scalars scalar ? scalar.expected() : "a value", stored);
            }
            return reader.nullValue();
        }
        if (reader instanceof Scalars scalar) {
            return scalar.fromValue(stored);
        }
        return reader.fromValue(stored);
    }

    private static Object primitiveDefault(ValueMapper reader) {
        if (reader instanceof Scalars scalar) {
            return switch (scalar) {
                case INT32 -> 0;
                case INT64 -> 0L;
                case DOUBLE -> 0.0;
                case FLOAT -> 0.0f;
                case BOOLEAN -> false;
                case SHORT -> (short) 0;
                case BYTE -> (byte) 0;
                case CHAR -> '\0';
                default -> throw new IllegalStateException("not a primitive: " + scalar);
            };
        }
        throw new IllegalStateException("not a primitive mapper: " + reader);
    }

    /**
     * Returns the name in Java.
     *
     * @return the component or field name
     */
    public String javaName() {
        return javaName;
    }

    /**
     * Returns the stored field name.
     *
     * @return the name in the document
     */
    public String storedName() {
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
    public @Nullable ExtractedValue extract(Object owner, Extraction extraction) {
        switch (kind) {
            case INT:
                return Int32Value.of(intGetter.get(owner));
            case STRING: {
                Object value = objectGetter.get(owner);
                return value == null ? null : new StringValue((String) value);
            }
            case DOUBLE:
                return new DoubleValue(doubleGetter.get(owner));
            case BOOLEAN:
                return BooleanValue.of(booleanGetter.get(owner));
            case LONG:
                return new Int64Value(longGetter.get(owner));
            case REFERENCE: {
                Object value = objectGetter.get(owner);
                return value == null ? null : mapper.toValue(value, extraction);
            }
            case ID:
                return id(owner, extraction);
            case GENERATED_ID:
                return extraction.generateId();
            default:
                throw new IllegalStateException("unknown property kind " + kind);
        }
    }

    /** A null id is generated when it holds an ObjectId, and refused otherwise. */
    private ExtractedValue id(Object owner, Extraction extraction) {
        Object value = objectGetter.get(owner);
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

    /**
     * An {@code int} property.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofInt(String javaName, String storedName, IntGetter getter) {
        return new PropertyModel(INT, javaName, storedName, getter, null, false);
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
        return new PropertyModel(LONG, javaName, storedName, getter, null, false);
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
        return new PropertyModel(DOUBLE, javaName, storedName, getter, null, false);
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
        return new PropertyModel(BOOLEAN, javaName, storedName, getter, null, false);
    }

    /**
     * A {@code String} property, the most common kind, read and wrapped without a mapper call.
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter
     * @return the property
     */
    public static PropertyModel ofString(String javaName, String storedName, ObjectGetter getter) {
        return new PropertyModel(STRING, javaName, storedName, getter, null, false);
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
        return new PropertyModel(REFERENCE, javaName, storedName, getter, mapper, false, false);
    }

    /**
     * A primitive property of a kind read boxed ({@code float}, {@code short}, {@code byte}, {@code char}).
     *
     * @param javaName the Java name
     * @param storedName the stored name
     * @param getter the getter (boxing)
     * @param mapper the scalar mapper of the primitive's wrapper
     * @return the property
     */
    public static PropertyModel ofBoxedPrimitive(String javaName, String storedName, ObjectGetter getter,
            Scalars mapper) {
        return new PropertyModel(REFERENCE, javaName, storedName, getter, mapper, false, true);
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
        return new PropertyModel(ID, javaName, "_id", getter, mapper, generated);
    }

    /**
     * The {@code _id} of a root entity type that has no id of its own: always generated.
     *
     * @return the property
     */
    public static PropertyModel generatedId() {
        return new PropertyModel(GENERATED_ID, "_id", "_id", null, null, true);
    }
}
