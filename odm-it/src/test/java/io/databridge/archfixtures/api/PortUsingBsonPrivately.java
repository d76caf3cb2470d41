package io.databridge.archfixtures.api;

import org.bson.BsonString;

/**
 * Uses BSON only in private: breaks the api's purity and the BSON rule, but not the rule on public signatures,
 * which must stay quiet here.
 */
public final class PortUsingBsonPrivately {

    private PortUsingBsonPrivately() {}

    /**
     * The length of a text as BSON would hold it.
     *
     * @param text the text
     * @return its length
     */
    public static int length(String text) {
        return asBson(text).getValue().length();
    }

    private static BsonString asBson(String text) {
        return new BsonString(text);
    }
}
