package io.databridge.archfixtures.extension;

import org.bson.BsonString;

/**
 * Breaks the BSON rule, and only that rule, from a module the rules do not name: only codec and driver adapter
 * may use BSON, whatever modules come later.
 */
public final class BsonInAnExtension {

    private BsonInAnExtension() {}

    /**
     * Wraps a text in BSON.
     *
     * @param text the text
     * @return the BSON string
     */
    public static BsonString wrap(String text) {
        return new BsonString(text);
    }
}
