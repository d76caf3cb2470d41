package io.databridge.odm.mapping;

import static io.databridge.odm.api.query.Filter.and;
import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.query.Filter.gt;
import static io.databridge.odm.api.update.Change.addEachToSet;
import static io.databridge.odm.api.update.Change.addToSet;
import static io.databridge.odm.api.update.Change.currentDate;
import static io.databridge.odm.api.update.Change.inc;
import static io.databridge.odm.api.update.Change.max;
import static io.databridge.odm.api.update.Change.min;
import static io.databridge.odm.api.update.Change.mul;
import static io.databridge.odm.api.update.Change.popFirst;
import static io.databridge.odm.api.update.Change.popLast;
import static io.databridge.odm.api.update.Change.pull;
import static io.databridge.odm.api.update.Change.pullAll;
import static io.databridge.odm.api.update.Change.pullWhere;
import static io.databridge.odm.api.update.Change.push;
import static io.databridge.odm.api.update.Change.pushEach;
import static io.databridge.odm.api.update.Change.rename;
import static io.databridge.odm.api.update.Change.set;
import static io.databridge.odm.api.update.Change.setOnInsert;
import static io.databridge.odm.api.update.Change.unset;
import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.UuidValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link io.databridge.odm.mapping.internal.query.UpdateRenderer} turns each change into its operator's entry: stored
 * paths, values converted as the write path stores them, numbers converted to the field's stored type, push modifiers
 * after {@code $each}, and every value kept as data.
 */
class UpdateRendererTest extends UpdateFixture {

    private static final Line LINE = new Line(new Sku("S-1"), 2, Status.OPEN, List.of("gift"));
    private static final DocumentValue STORED_LINE = document("item", string("S-1"), "qty", Int32Value.of(2),
            "status", string("OPEN"), "notes", ArrayValue.of(string("gift")));

    @Test
    void setRendersStoredPathsAndConvertedValues() {
        assertEquals(op("$set", "name", string("x")), render(set("name", "x")));
        assertEquals(document("$set", document("name", string("x"), "addr.town", string("y"))),
                render(set("name", "x"), set("address.city", "y")));
    }

    @Test
    void operatorsAreGroupedInAFixedOrderAndFieldsInTheOrderGiven() {
        DocumentValue rendered = render(push("tags", "t"), inc("count", 1), set("name", "x"), unset("nickname"),
                set("flag", true), inc("big", 2L));

        assertEquals(document("$set", document("name", string("x"), "flag", BooleanValue.TRUE),
                "$unset", document("nickname", string("")),
                "$inc", document("count", Int32Value.of(1), "big", new Int64Value(2)),
                "$push", document("tags", string("t"))), rendered);
    }

    @Test
    void everyFieldOperatorRendersItsForm() {
        assertEquals(op("$setOnInsert", "name", string("x")), render(setOnInsert("name", "x")));
        assertEquals(op("$unset", "addr.town", string("")), render(unset("address.city")));
        assertEquals(op("$inc", "count", Int32Value.of(2)), render(inc("count", 2)));
        assertEquals(op("$mul", "ratio", new DoubleValue(1.5)), render(mul("ratio", 1.5)));
        assertEquals(op("$min", "placedAt", new DateTimeValue(5)), render(min("placedAt", Instant.ofEpochMilli(5))));
        assertEquals(op("$max", "name", string("m")), render(max("name", "m")));
        assertEquals(op("$currentDate", "placedAt", BooleanValue.TRUE), render(currentDate("placedAt")));
        assertEquals(op("$rename", "name", string("otherName")), render(rename("name", "otherName")));
        assertEquals(op("$rename", "addr.town", string("addr.street")), render(rename("address.city",
                "address.street")), "the target is a stored path too");
    }

    @Test
    void everyArrayOperatorRendersItsForm() {
        assertEquals(op("$push", "tags", string("a")), render(push("tags", "a")));
        assertEquals(op("$addToSet", "tags", string("a")), render(addToSet("tags", "a")));
        assertEquals(op("$pop", "tags", Int32Value.of(-1)), render(popFirst("tags")));
        assertEquals(op("$pop", "tags", Int32Value.of(1)), render(popLast("tags")));
        assertEquals(op("$pull", "tags", string("a")), render(pull("tags", "a")));
        assertEquals(op("$pullAll", "tags", ArrayValue.of(string("a"), string("b"))),
                render(pullAll("tags", List.of("a", "b"))));
        assertEquals(op("$push", "tags", document("$each", ArrayValue.of(string("a"),
                string("b")))), render(pushEach("tags", List.of("a", "b"))));
        assertEquals(op("$addToSet", "tags", document("$each", ArrayValue.of(string("a"), string("b")))),
                render(addEachToSet("tags", List.of("a", "b"))));
    }

    @Test
    void pullWhereRendersTheConditionOnTheElement() {
        assertEquals(op("$pull", "scores", document("$gt", Int32Value.of(80))), render(pullWhere("scores",
                gt("", 80))));
        assertEquals(op("$pull", "lines", document("$and", ArrayValue.of(document("item", string("x")),
                document("qty", document("$gt", Int32Value.of(2)))))),
                render(pullWhere("lines", and(eq("sku", new Sku("x")), gt("qty", 2)))));
    }

    @Test
    void pullOfADocumentComparesItUnderEqSoItIsNotReadAsACondition() {
        assertEquals(op("$pull", "lines", document("$eq", STORED_LINE)), render(pull("lines", LINE)));
        assertEquals(op("$pull", "tags", NullValue.INSTANCE), render(pull("tags", null)));
    }

    @Test
    void pushAndAddToSetOfADocumentUseTheEachForm() {
        assertEquals(op("$push", "lines", document("$each", ArrayValue.of(STORED_LINE))), render(push("lines", LINE)));
        assertEquals(op("$addToSet", "lines", document("$each", ArrayValue.of(STORED_LINE))),
                render(addToSet("lines", LINE)));
        assertEquals(op("$push", "matrix", document("$each", ArrayValue.of(ArrayValue.of(Int32Value.of(1))))),
                render(push("matrix", List.of(1))), "an element that is an array");
    }

    @Test
    void pushModifiersFollowEachInTheOrderTheServerAppliesThem() {
        DocumentValue rendered = render(push("scores", 5).slice(-3).sortDescending().at(0));

        assertEquals(op("$push", "scores", document("$each", ArrayValue.of(Int32Value.of(5)), "$position",
                Int32Value.of(0), "$sort", Int32Value.of(-1), "$slice", Int32Value.of(-3))), rendered);
        assertEquals("$each", ((DocumentValue) ((DocumentValue) rendered.get("$push")).get("scores")).names().name(0));
        assertEquals(op("$push", "tags", document("$each", ArrayValue.empty(), "$sort", Int32Value.of(1),
                "$slice", Int32Value.of(5))), render(pushEach("tags", List.of()).sortAscending().slice(5)));
    }

    @Test
    void pushSortByFieldsUsesTheElementsStoredNames() {
        assertEquals(op("$push", "lines", document("$each", ArrayValue.of(STORED_LINE), "$sort",
                document("qty", Int32Value.of(-1), "item", Int32Value.of(1)))),
                render(push("lines", LINE).sortBy(Sort.descending("qty").then("sku"))));
    }

    @Test
    void enumsAreStoredByName() {
        assertEquals(op("$set", "status", string("PAID")), render(set("status", Status.PAID)));
        assertEquals(op("$push", "statuses", string("OPEN")), render(push("statuses", Status.OPEN)));
    }

    @Test
    void timesAreStoredAsDates() {
        assertEquals(op("$set", "placedAt", new DateTimeValue(2_000)), render(set("placedAt",
                Instant.ofEpochMilli(2_000))));
        assertEquals(op("$set", "day", new DateTimeValue(86_400_000L)), render(set("day", LocalDate.of(1970, 1, 2))));
        assertEquals(op("$set", "stamp", new DateTimeValue(7)), render(set("stamp", new Stamp(7))), "a converter");
    }

    @Test
    void valueObjectsAreStoredAsTheirScalar() {
        assertEquals(op("$set", "ref", string("S-9")), render(set("sku", new Sku("S-9"))));
        assertEquals(op("$max", "ref", string("S-9")), render(max("sku", new Sku("S-9"))));
    }

    @Test
    void decimalsUuidsAndLongsKeepTheirStoredTypes() {
        UUID uuid = new UUID(1, 2);

        assertEquals(op("$set", "price", new DecimalValue(new BigDecimal("9.90"))), render(set("price",
                new BigDecimal("9.90"))));
        assertEquals(op("$set", "uuid", new UuidValue(uuid)), render(set("uuid", uuid)));
        assertEquals(op("$set", "big", new Int64Value(5)), render(set("big", 5L)));
    }

    @Test
    void embeddedDocumentsCollectionsAndMapsAreStoredWholeWithStoredNames() {
        assertEquals(op("$set", "addr", document("street", string("s"), "town", string("c"))),
                render(set("address", new Address("s", "c", null))));
        assertEquals(op("$set", "lines", ArrayValue.of(STORED_LINE)), render(set("lines", List.of(LINE))));
        assertEquals(op("$set", "counts", document("gt", Int32Value.of(1))), render(set("counts", Map.of("gt", 1))));
    }

    @Test
    void nestedPathsAndMapKeysUseStoredNamesAtEveryLevel() {
        assertEquals(op("$set", "shipping.town", string("x")), render(set("shipping.city", "x")),
                "through an Optional");
        assertEquals(op("$inc", "counts.visits", Int32Value.of(1)), render(inc("counts.visits", 1)));
        assertEquals(op("$set", "places.home.town", string("x")), render(set("places.home.city", "x")));
    }

    @Test
    void optionalFieldsTakeTheirContentOrAnOptional() {
        assertEquals(op("$set", "nickname", string("n")), render(set("nickname", "n")));
        assertEquals(op("$set", "nickname", string("n")), render(set("nickname", Optional.of("n"))));
        assertEquals(op("$set", "nickname", NullValue.INSTANCE), render(set("nickname", Optional.empty())));
        assertEquals(op("$currentDate", "closedAt", BooleanValue.TRUE), render(currentDate("closedAt")));
    }

    @Test
    void nullIsStoredForFieldsThatReadItBack() {
        assertEquals(op("$set", "maybe", NullValue.INSTANCE), render(set("maybe", null)));
        assertEquals(op("$set", "addr", NullValue.INSTANCE), render(set("address", null)));
        assertEquals(op("$push", "tags", NullValue.INSTANCE), render(push("tags", null)));
    }

    @Test
    void arithmeticNumbersAreConvertedToTheFieldsStoredType() {
        assertEquals(op("$inc", "big", new Int64Value(1)), render(inc("big", 1)));
        assertEquals(op("$mul", "maybeBig", new Int64Value(3)), render(mul("maybeBig", (short) 3)));
        assertEquals(op("$inc", "count", Int32Value.of(5)), render(inc("count", 5L)));
        assertEquals(op("$inc", "small", Int32Value.of(-1)), render(inc("small", (byte) -1)));
        assertEquals(op("$inc", "ratio", new DoubleValue(1)), render(inc("ratio", 1)));
        assertEquals(op("$inc", "ratio", new DoubleValue(2.5)), render(inc("ratio", 2.5f)));
        assertEquals(op("$inc", "ratio", new DoubleValue(0x1p53)), render(inc("ratio", 1L << 53)));
        assertEquals(op("$inc", "price", new DecimalValue(new BigDecimal(2))), render(inc("price", 2)));
        assertEquals(op("$mul", "price", new DecimalValue(new BigDecimal("1.10"))),
                render(mul("price", new BigDecimal("1.10"))));
    }

    @Test
    void theIdMayBeGivenOnInsert() {
        assertEquals(op("$setOnInsert", "_id", string("A-1")), render(setOnInsert("id", new OrderId("A-1"))));
        assertEquals(op("$setOnInsert", "_id", new Int64Value(7)),
                rendererOf(Keyed.class).render(Update.of(setOnInsert("key", 7L))));
        ObjectIdValue id = new ObjectIdValue(1, 2);
        assertEquals(op("$setOnInsert", "_id", id),
                rendererOf(NoId.class).render(Update.of(setOnInsert("_id", id))));
    }

    @Test
    void operatorLookingStringsAreData() {
        assertEquals(op("$set", "name", string("$inc")), render(set("name", "$inc")));
        assertEquals(op("$set", "name", string("{\"$gt\": 1}")), render(set("name", "{\"$gt\": 1}")));
        assertEquals(op("$push", "tags", string("$each")), render(push("tags", "$each")));
        assertEquals(op("$pull", "tags", string("$gt")), render(pull("tags", "$gt")));
        assertEquals(op("$set", "addr", document("street", string("$set"), "town", string("$unset"))),
                render(set("address", new Address("$set", "$unset", null))));
    }
}
