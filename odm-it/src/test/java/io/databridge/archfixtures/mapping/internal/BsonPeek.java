package io.databridge.archfixtures.mapping.internal;

import org.bson.BsonDocument;

/**
 * Uses BSON in a public signature, but in an internal package: breaks the mapping's purity and the BSON rule, not
 * the rule on public signatures, which covers the mapping's non-internal packages only.
 */
public final class BsonPeek {

    private BsonPeek() {}

    /**
     * Counts the fields of a document.
     *
     * @param document the document
     * @return the number of fields
     */
    public static int size(BsonDocument document) {
        return document.size();
    }
}
