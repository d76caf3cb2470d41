package io.databridge.odm.api.value;

/**
 * One stored value: the closed set of shapes a document field can take between an entity and its bytes.
 *
 * <p>The set mirrors the BSON types the mapping writes, without naming any BSON class. It is sealed, so code that
 * consumes values takes them apart with an exhaustive {@code switch} instead of casts. Every implementation is
 * immutable and thread-safe, and compares by value ({@code equals} and {@code hashCode} follow the content).
 */
public sealed interface ExtractedValue
        permits NullValue, BooleanValue, Int32Value, Int64Value, DoubleValue, StringValue, DecimalValue,
                DateTimeValue, ObjectIdValue, UuidValue, BinaryValue, ArrayValue, DocumentValue, OpaqueValue {

    /**
     * A short name of the stored type, as used in error messages ("string", "int32", "document", ...).
     *
     * @return the type name, never {@code null}
     */
    String typeName();
}
