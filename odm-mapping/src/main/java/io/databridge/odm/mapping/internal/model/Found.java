package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.StringValue;

/** Describes a stored value for an error message: its stored type and a short rendering. */
public final class Found {

    private static final int SHOWN = 40;

    private Found() {
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
