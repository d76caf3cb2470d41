package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.OpaqueValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.ValueMapper;

/**
 * Converts the Java values of queries and updates exactly as the write path stores them: with the mapper of the field
 * (or element) they are given for, after checking they are of its Java type. Shared by the filter and update
 * renderers, so a value compared and a value written are stored alike.
 */
final class StoredValues {

    private final Class<?> entityType;
    private final MappingConfiguration configuration;

    StoredValues(Class<?> entityType, MappingConfiguration configuration) {
        this.entityType = entityType;
        this.configuration = configuration;
    }

    /**
     * Converts a non-null value with a mapper.
     *
     * @param path the path the value is given for, for errors
     * @param mapper the mapper of the field or element
     * @param value the Java value
     * @param role said after the expected type in an error, e.g. {@code " (an element of the array field)"}
     * @return the stored value; {@link NullValue} where the mapper stores nothing (an empty {@code Optional})
     * @throws InvalidQueryException if the value is not of the mapper's type or the write path refuses it
     */
    ExtractedValue convert(ResolvedPath path, ValueMapper mapper, Object value, String role) {
        if (!mapper.javaType().isInstance(value)) {
            throw new InvalidQueryException(entityType, path.javaPath(), "a value of type "
                    + mapper.javaType().getName() + role + "; got " + value.getClass().getName() + " " + value);
        }
        try {
            ExtractedValue stored = mapper.toValue(value, new Extraction(configuration.objectIdGenerator(),
                    configuration.temporalPrecision()));
            return stored == null ? NullValue.INSTANCE : stored;
        } catch (ExtractionFailure refused) {
            throw new InvalidQueryException(entityType, path.javaPath(), "a storable value"
                    + (refused.path().isEmpty() ? "" : " (at " + refused.path() + ")") + ": expected "
                    + refused.expected() + "; found " + refused.found());
        }
    }

    /**
     * Tells whether a stored value is a scalar: something no server reads as an operator document or a modifier
     * ({@code $each}) wherever it is written. Documents, arrays and opaque values are not.
     *
     * @param value a stored value
     * @return {@code true} for a scalar
     */
    static boolean scalar(ExtractedValue value) {
        return switch (value) {
            case NullValue n -> true;
            case BooleanValue b -> true;
            case Int32Value i -> true;
            case Int64Value l -> true;
            case DoubleValue d -> true;
            case StringValue s -> true;
            case DecimalValue d -> true;
            case DateTimeValue d -> true;
            case ObjectIdValue o -> true;
            case UuidValue u -> true;
            case BinaryValue b -> true;
            case ArrayValue a -> false;
            case DocumentValue d -> false;
            case OpaqueValue o -> false;
        };
    }
}
