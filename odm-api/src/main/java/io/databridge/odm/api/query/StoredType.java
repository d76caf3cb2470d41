package io.databridge.odm.api.query;

/** The stored types {@link Filter#type} can test for, with the alias the server knows each by. */
public enum StoredType {
    /** A double. */
    DOUBLE("double"),
    /** A string. */
    STRING("string"),
    /** An embedded document. */
    DOCUMENT("object"),
    /** An array. */
    ARRAY("array"),
    /** Binary data (UUIDs included). */
    BINARY("binData"),
    /** An ObjectId. */
    OBJECT_ID("objectId"),
    /** A boolean. */
    BOOLEAN("bool"),
    /** A date. */
    DATE("date"),
    /** A null. */
    NULL("null"),
    /** A 32-bit integer. */
    INT32("int"),
    /** A 64-bit integer. */
    INT64("long"),
    /** A decimal128. */
    DECIMAL("decimal");

    private final String alias;

    StoredType(String alias) {
        this.alias = alias;
    }

    /**
     * Returns the server's alias for the type.
     *
     * @return e.g. {@code "string"}
     */
    public String alias() {
        return alias;
    }
}
