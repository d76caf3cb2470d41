package io.databridge.odm.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.CollationCaseFirst;
import com.mongodb.client.model.CollationStrength;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Stored indexes become the driver's index models, and listed index documents (as servers write them) stored ones. */
class IndexCommandsTest {

    private static DocumentValue listed(String json) {
        return (DocumentValue) BsonValues.toExtracted(BsonDocument.parse(json));
    }

    @Test
    void readsAListingAsARealServerWritesIt() {
        StoredIndex index = IndexCommands.stored(listed("{v: 2, key: {lastName: 1, age: -1.0}, name: 'by_name', "
                + "unique: true, partialFilterExpression: {status: 'ACTIVE'}, collation: {locale: 'en', "
                + "caseLevel: false, caseFirst: 'upper', strength: 2, numericOrdering: true, alternate: 'shifted', "
                + "maxVariable: 'space', normalization: false, backwards: false, version: '57.1'}}"));

        assertEquals("by_name", index.name());
        assertEquals(DocumentValue.of(FieldNames.of("lastName", "age"), Int32Value.of(1), new DoubleValue(-1.0)),
                index.keys());
        assertTrue(index.unique());
        assertFalse(index.sparse());
        assertEquals(DocumentValue.of(FieldNames.of("status"), new StringValue("ACTIVE")), index.partialFilter());
        assertNull(index.expireAfterSeconds());
        assertEquals(new Collation("en", 2, false, Collation.CaseFirst.UPPER, true, Collation.Alternate.SHIFTED,
                Collation.MaxVariable.SPACE, false, false), index.collation());
    }

    @Test
    void readsFlagsAndTtlsOfAnyNumericType() {
        StoredIndex index = IndexCommands.stored(listed("{key: {createdAt: 1}, name: 'createdAt_1', sparse: 1.0, "
                + "unique: 0, expireAfterSeconds: {$numberLong: '3600'}, ns: 'db.c'}"));

        assertTrue(index.sparse());
        assertFalse(index.unique());
        assertEquals(3600L, index.expireAfterSeconds());
        assertThrows(IllegalStateException.class, () -> IndexCommands.stored(listed("{name: 'no_key'}")));
    }

    @Test
    void buildsTheDriversModelWithEveryOption() {
        StoredIndex stored = new StoredIndex("active", DocumentValue.of(FieldNames.of("email"), Int32Value.of(1)),
                true, false, DocumentValue.of(FieldNames.of("status"), new StringValue("ACTIVE")), 60L,
                Collation.of("de").withStrength(1).withCaseFirst(Collation.CaseFirst.LOWER));

        IndexModel model = IndexCommands.model(stored);

        assertEquals(BsonDocument.parse("{email: 1}"), model.getKeys().toBsonDocument());
        IndexOptions options = model.getOptions();
        assertEquals("active", options.getName());
        assertTrue(options.isUnique());
        assertFalse(options.isSparse());
        assertEquals(BsonDocument.parse("{status: 'ACTIVE'}"), options.getPartialFilterExpression().toBsonDocument());
        assertEquals(60L, options.getExpireAfter(TimeUnit.SECONDS));
        assertEquals("de", options.getCollation().getLocale());
        assertEquals(CollationStrength.PRIMARY, options.getCollation().getStrength());
        assertEquals(CollationCaseFirst.LOWER, options.getCollation().getCaseFirst());
        assertNull(options.getCollation().getNumericOrdering());
    }
}
