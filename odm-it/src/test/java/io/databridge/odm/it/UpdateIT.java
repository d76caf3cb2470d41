package io.databridge.odm.it;

import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.query.Filter.gt;
import static io.databridge.odm.api.query.Filter.gte;
import static io.databridge.odm.api.update.Change.addEachToSet;
import static io.databridge.odm.api.update.Change.currentDate;
import static io.databridge.odm.api.update.Change.inc;
import static io.databridge.odm.api.update.Change.max;
import static io.databridge.odm.api.update.Change.min;
import static io.databridge.odm.api.update.Change.mul;
import static io.databridge.odm.api.update.Change.popFirst;
import static io.databridge.odm.api.update.Change.pull;
import static io.databridge.odm.api.update.Change.pullAll;
import static io.databridge.odm.api.update.Change.pushEach;
import static io.databridge.odm.api.update.Change.set;
import static io.databridge.odm.api.update.Change.setOnInsert;
import static io.databridge.odm.api.update.Change.unset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.FindAndModify;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.UpdateResult;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Counter;
import io.databridge.odm.it.domain.Stock;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The update DSL, updates, upserts, replaces, deletes and find-and-modify, asserted on the stored documents. */
class UpdateIT {

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(UpdateIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    private static Repository<Stock, String> stocks(String collection) {
        Repository<Stock, String> repository = odm.repository(Stock.class, String.class, collection);
        repository.insertAll(List.of(
                new Stock("a", "A-1", 10, 2.5, null, List.of("x", "y", "z"),
                        List.of(new Stock.Line("bolt", 3), new Stock.Line("nut", 8))),
                new Stock("b", "B-1", 0, 4.0, null, List.of("y"), List.of()),
                new Stock("c", "C-1", 7, 1.0, null, List.of(), List.of(new Stock.Line("bolt", 1)))));
        return repository;
    }

    private static BsonDocument document(String collection, String id) {
        return stored.all(collection).stream().filter(doc -> doc.getString("_id").getValue().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void scalarOperatorsChangeOnlyTheirFields() {
        Repository<Stock, String> stocks = stocks("stock-scalars");
        UpdateResult<String> result = stocks.updateOne(eq("id", "a"), Update.of(inc("quantity", 5),
                mul("price", 2), set("sku", "$inc"), currentDate("checkedAt")));
        assertEquals(1, result.matched());
        assertEquals(1, result.modified());
        BsonDocument a = document("stock-scalars", "a");
        assertEquals(15, a.getInt32("quantity").getValue());
        assertEquals(5.0, a.getDouble("price").getValue());
        assertEquals("$inc", a.getString("sku").getValue(), "a value is data, never an operator");
        assertTrue(a.isDateTime("checkedAt"));
        assertEquals(List.of("x", "y", "z"), stocks.findById("a").orElseThrow().tags());

        stocks.updateOne(eq("id", "a"), Update.of(min("quantity", 4), max("price", 9.0)));
        assertEquals(4, document("stock-scalars", "a").getInt32("quantity").getValue());
        assertEquals(9.0, document("stock-scalars", "a").getDouble("price").getValue());

        stocks.updateOne(eq("id", "a"), Update.of(unset("checkedAt")));
        assertFalse(document("stock-scalars", "a").containsKey("checkedAt"));
    }

    @Test
    void arrayOperatorsAndArrayFilters() {
        Repository<Stock, String> stocks = stocks("stock-arrays");
        stocks.updateOne(eq("id", "a"), Update.of(pushEach("tags", List.of("q", "a")).sortAscending().slice(4)));
        assertEquals(List.of("a", "q", "x", "y"), stocks.findById("a").orElseThrow().tags());

        stocks.updateOne(eq("id", "a"), Update.of(addEachToSet("tags", List.of("a", "new"))));
        assertEquals(List.of("a", "q", "x", "y", "new"), stocks.findById("a").orElseThrow().tags());

        stocks.updateOne(eq("id", "a"), Update.of(popFirst("tags")));
        stocks.updateOne(eq("id", "a"), Update.of(pull("tags", "x")));
        stocks.updateOne(eq("id", "a"), Update.of(pullAll("tags", List.of("y", "new"))));
        assertEquals(List.of("q"), stocks.findById("a").orElseThrow().tags());

        stocks.updateOne(eq("id", "a"), Update.of(inc("lines.$[big].qty", 100))
                .withArrayFilter("big", gt("qty", 5)));
        assertEquals(List.of(new Stock.Line("bolt", 3), new Stock.Line("nut", 108)),
                stocks.findById("a").orElseThrow().lines());
    }

    @Test
    void updateManyUpsertAndDeleteMany() {
        Repository<Stock, String> stocks = stocks("stock-many");
        UpdateResult<String> many = stocks.updateMany(gte("quantity", 0), Update.of(inc("quantity", 1)));
        assertEquals(3, many.matched());
        assertEquals(List.of(11, 1, 8), stored.all("stock-many").stream()
                .map(doc -> doc.getInt32("quantity").getValue()).toList());

        UpdateResult<String> upserted = stocks.upsert(eq("id", "d"), Update.of(set("sku", "D-1"),
                setOnInsert("quantity", 42), setOnInsert("price", 0.5), setOnInsert("tags", List.of()),
                setOnInsert("lines", List.of())));
        assertEquals("d", upserted.upserted().orElseThrow());
        assertEquals(0, upserted.matched());
        assertEquals(42, stocks.findById("d").orElseThrow().quantity());

        UpdateResult<String> again = stocks.upsert(eq("id", "d"), Update.of(set("sku", "D-2"),
                setOnInsert("quantity", 1)));
        assertTrue(again.upserted().isEmpty());
        assertEquals(42, stocks.findById("d").orElseThrow().quantity(), "setOnInsert applies to inserts only");

        assertEquals(2, stocks.deleteMany(Filter.in("id", List.of("a", "b", "zz"))));
        assertEquals(2, stored.count("stock-many"));
        assertTrue(stocks.deleteById("c"));
        assertFalse(stocks.deleteById("c"));
        assertEquals(1, stored.count("stock-many"));
    }

    @Test
    void updatePathsAndValuesAreCheckedBeforeAnythingIsSent() {
        Repository<Stock, String> stocks = stocks("stock-checked");
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class,
                () -> stocks.updateOne(eq("id", "a"), Update.of(set("quantiy", 3))));
        assertTrue(unknown.getMessage().contains("quantiy"), unknown.getMessage());
        assertThrows(InvalidQueryException.class, () -> stocks.updateOne(eq("id", "a"), Update.of(inc("sku", 1))));
        assertThrows(InvalidQueryException.class,
                () -> stocks.updateOne(eq("id", "a"), Update.of(set("quantity", "ten"))));
        assertEquals(10, document("stock-checked", "a").getInt32("quantity").getValue());
    }

    @Test
    void replaceOneAndFindOneAndModify() {
        Repository<Stock, String> stocks = stocks("stock-modify");
        Stock replacement = new Stock("b", "B-2", 5, 4.5, null, List.of("r"), List.of());
        assertEquals(1, stocks.replaceOne(eq("sku", "B-1"), replacement).matched());
        assertEquals(replacement, stocks.findById("b").orElseThrow());

        Stock before = stocks.findOneAndUpdate(eq("id", "a"), Update.of(inc("quantity", 1)),
                FindAndModify.returnBefore()).orElseThrow();
        assertEquals(10, before.quantity());
        Stock after = stocks.findOneAndUpdate(eq("id", "a"), Update.of(inc("quantity", 1)),
                FindAndModify.returnAfter()).orElseThrow();
        assertEquals(12, document("stock-modify", "a").getInt32("quantity").getValue());
        assertEquals(12, after.quantity());

        record Quantity(String id, int quantity) {
        }
        Quantity projected = stocks.findOneAndUpdate(gte("quantity", 0), Update.of(inc("quantity", 1)),
                FindAndModify.returnAfter().sortedBy(Sort.descending("quantity")), Quantity.class).orElseThrow();
        assertEquals(new Quantity("a", 13), projected);

        Stock deleted = stocks.findOneAndDelete(gte("quantity", 0),
                FindAndModify.returnBefore().sortedBy(Sort.ascending("quantity"))).orElseThrow();
        assertEquals("b", deleted.id());
        assertEquals(2, stored.count("stock-modify"));
        assertTrue(stocks.findOneAndDelete(eq("id", "nope"), FindAndModify.returnBefore()).isEmpty());

        Stock upserted = stocks.findOneAndReplace(eq("id", "e"), new Stock("e", "E", 1, 1, null, List.of(),
                List.of()), FindAndModify.returnAfter().upsert()).orElseThrow();
        assertEquals("E", upserted.sku());
        assertNotNull(document("stock-modify", "e"));
    }

    @Test
    void aVersionedDeleteChecksTheVersion() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-delete");
        Counter saved = counters.save(new Counter("d", 1, 0));
        counters.save(saved.incremented());
        OptimisticLockException stale = assertThrows(OptimisticLockException.class, () -> counters.delete(saved));
        assertEquals(1, stale.version());
        assertEquals(1, stored.count("counters-delete"));
        assertTrue(counters.delete(counters.findById("d").orElseThrow()));
        assertEquals(0, stored.count("counters-delete"));
    }
}
