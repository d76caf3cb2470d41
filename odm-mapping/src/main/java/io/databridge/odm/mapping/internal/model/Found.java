package io.databridge.odm.mapping.internal.model;

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
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.util.Map;

/** Describes a stored value for an error message: its stored type and a short rendering. */
public final class Found {

    private static final int SHOWN = 40;
    private static final Map<Class<?>, String> TYPE_NAMES = Map.ofEntries(Map.entry(StringValue.class, "string"),
            Map.entry(Int32Value.class, "int32"), Map.entry(Int64Value.class, "int64"),
            Map.entry(DoubleValue.class, "double"), Map.entry(BooleanValue.class, "boolean"),
            Map.entry(DecimalValue.class, "decimal128"), Map.entry(DateTimeValue.class, "date"),
            Map.entry(ObjectIdValue.class, "objectId"), Map.entry(UuidValue.class, "binary UUID"),
            Map.entry(BinaryValue.class, "binary"), Map.entry(DocumentValue.class, "document"),
            Map.entry(ArrayValue.class, "array"), Map.entry(NullValue.class, "null"));

    private Found() {
    }

    /**
     * Names a kind of stored value as BSON does, for what an error expected.
     *
     * @param type a value class
     * @return e.g. {@code objectId}, {@code int32}; the class's simple name for a kind without a BSON name
     */
    public static String typeName(Class<? extends ExtractedValue> type) {
        return TYPE_NAMES.getOrDefault(type, type.getSimpleName());
    }

    /**
     * Describes a value.
     *
     * @param value the stored value, or {@code null} for an absent field
     * @return e.g. {@code string "12"}, {@code double 1.5}, {@code nothing}
     */
    public static String describe(ExtractedValue value) {
        return switch (value) {
            case NullValue nothing -> "null";
            case StringValue string -> "string \"" + shorten(string.value()) + "\"";
            case DocumentValue document -> "a document with fields " + document.toMap().keySet();
            case ArrayValue array -> "an array of " + array.size();
            default -> value.typeName() + " " + shorten(render(value));
        };
    }

    private static String render(ExtractedValue value) {
        String text = value.toString();
        int open = text.indexOf("[value=");
        return open >= 0 && text.endsWith("]") ? text.substring(open + 7, text.length() - 1) : text;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }

    /**
     * Fails because a value has the wrong stored type.
     *
     * @param expected what the Java type needs
     * @param found what was stored
     * @return never returns
     * @throws ExtractionFailure always
     */
    public static ExtractionFailure mismatch(String expected, ExtractedValue found) {
        return new ExtractionFailure(expected, describe(found));
    }
}
