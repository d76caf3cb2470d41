package io.databridge.archfixtures.mapping;

import org.bson.BsonDocument;
import org.bson.BsonString;

/** Breaks the rule on public signatures in a non-internal mapping package (and the mapping's purity and BSON rule). */
public final class LeakyMapper {

    /** A mapper. */
    public LeakyMapper() {}

    /**
     * Maps to BSON directly.
     *
     * @param entity the entity
     * @return a document naming the entity's class
     */
    public BsonDocument toBson(Object entity) {
        return new BsonDocument("class", new BsonString(entity.getClass().getName()));
    }
}
