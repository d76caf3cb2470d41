package io.databridge.odm.api.error;

import java.io.Serial;

/**
 * A stored document cannot be read into its entity type: a field holds another BSON type than the Java type needs
 * (a string where an int is expected, a double 1.5 for an int), a required constructor argument is missing, or the
 * bytes are not valid BSON. Names the collection, the document's {@code _id}, the field path, what was found and what
 * was expected. No entity is built, not even in part.
 */
public final class StoredDocumentException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String collection;
    private final String documentId;
    private final String path;
    private final String found;
    private final String expected;

    /**
     * Creates the error.
     *
     * @param collection the collection read from
     * @param documentId the document's {@code _id} as text, or {@code "?"} if it could not be read
     * @param path the field path in the document, e.g. {@code lines[2].quantity}; empty for the document itself
     * @param found what the document holds there, e.g. {@code string "12"} or {@code nothing}
     * @param expected what the Java type needs, e.g. {@code int32 for int}
     */
    public StoredDocumentException(String collection, String documentId, String path, String found,
            String expected) {
        super("Cannot read the document with _id " + documentId + " from '" + collection + "'"
                + (path.isEmpty() ? "" : ", field " + path) + ": found " + found + "; expected " + expected);
        this.collection = collection;
        this.documentId = documentId;
        this.path = path;
        this.found = found;
        this.expected = expected;
    }

    /**
     * Returns the collection.
     *
     * @return the collection name
     */
    public String collection() {
        return collection;
    }

    /**
     * Returns the document's id.
     *
     * @return the {@code _id} as text, or {@code "?"}
     */
    public String documentId() {
        return documentId;
    }

    /**
     * Returns the field path.
     *
     * @return the path, empty for the whole document
     */
    public String path() {
        return path;
    }

    /**
     * Returns what was found.
     *
     * @return the stored type and value
     */
    public String found() {
        return found;
    }

    /**
     * Returns what was expected.
     *
     * @return the needed type
     */
    public String expected() {
        return expected;
    }
}
