package io.databridge.odm.mapping;

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
import static io.databridge.odm.api.update.Change.pull;
import static io.databridge.odm.api.update.Change.pullAll;
import static io.databridge.odm.api.update.Change.pullWhere;
import static io.databridge.odm.api.update.Change.push;
import static io.databridge.odm.api.update.Change.pushEach;
import static io.databridge.odm.api.update.Change.rename;
import static io.databridge.odm.api.update.Change.set;
import static io.databridge.odm.api.update.Change.setOnInsert;
import static io.databridge.odm.api.update.Change.unset;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.ObjectIdValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every change that does not fit the entity is refused when the update is rendered, with an
 * {@link InvalidQueryException} naming the entity type, the path as written, and what would be accepted.
 */
class UpdateRefusalsTest extends UpdateFixture {

    @Test
    void anUnknownPathIsRefusedListingTheKnownFields() {
        InvalidQueryException failure = refused(set("nmae", "x"), "nmae", "unknown field 'nmae'; known fields: [id, "
                + "name, count,");

        assertSame(Order.class, failure.entityType());
        refused(set("address.town", "x"), "address.town", "unknown field 'town' in Address; known fields: [street, "
                + "city, zip]");
        refused(rename("name", "nom"), "nom", "unknown field 'nom'");
        refused(inc("name.length", 1), "name.length", "'name' is a plain value");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingBothTypes() {
        refused(set("count", "12"), "count", "a value of type java.lang.Integer; got java.lang.String 12");
        refused(setOnInsert("name", 1), "name", "a value of type java.lang.String; got java.lang.Integer 1");
        refused(set("sku", "S-1"), "sku", "a value of type " + Sku.class.getName() + "; got java.lang.String");
        refused(set("tags", "a"), "tags", "java.util.Collection (the whole collection: push or addToSet add "
                + "elements");
    }

    @Test
    void nullIsRefusedWhereItWouldNotReadBack() {
        refused(set("count", null), "count", "cannot read back a stored null; unset it instead");
        refused(setOnInsert("flag", null), "flag", "cannot read back a stored null");
        refused(set("ranks.$", null), "ranks.$", "cannot hold null elements");
        refused(unset("ranks.$[]"), "ranks.$[]", "unset of an element stores null in its place");
        refused(push("ranks", null), "ranks", "cannot hold null elements");
    }

    @Test
    void aValueTheWritePathRefusesIsRefused() {
        refused(set("placedAt", Instant.ofEpochSecond(0, 1_000)), "placedAt", "millisecond precision");
        Map<String, Integer> operatorLike = new HashMap<>();
        operatorLike.put("$gt", 1);
        refused(set("counts", operatorLike), "counts", "$gt");
    }

    @Test
    void theIdIsNeverChanged() {
        refused(set("id", new OrderId("B")), "id", "never changes a document's _id");
        refused(set("_id", new OrderId("B")), "_id", "setOnInsert may give the id");
        refused(unset("_id"), "_id", "unset on it is refused");
        refused(rename("otherName", "_id"), "_id", "rename on it is refused");
        InvalidQueryException keyed = assertThrows(InvalidQueryException.class,
                () -> rendererOf(Keyed.class).render(Update.of(inc("key", 1L))));
        assertTrue(keyed.getMessage().contains("inc on it is refused"), keyed.getMessage());
        assertThrows(InvalidQueryException.class, () -> rendererOf(NoId.class)
                .render(Update.of(set("_id", new ObjectIdValue(1, 2)))));
    }

    @Test
    void theIdByItsJavaNameAndAsUnderscoreIdIsOnePath() {
        InvalidQueryException failure = refused(Update.of(setOnInsert("id", new OrderId("A")),
                setOnInsert("_id", new OrderId("A"))));

        assertEquals("_id", failure.path());
        assertTrue(failure.getMessage().contains("'id' (stored _id) and '_id' (stored _id)"), failure.getMessage());
    }

    @Test
    void arithmeticNeedsANumericField() {
        refused(inc("name", 1), "name", "inc needs a numeric field (int, long, double, short, byte or BigDecimal); "
                + "this one holds String");
        refused(mul("tags", 2), "tags", "this one holds a collection of String");
        refused(inc("sku", 1), "sku", "holds Sku");
        refused(inc("status", 1), "status", "holds Status");
        refused(inc("weight", 1), "weight", "a Float field reads back only doubles a float holds exactly");
    }

    @Test
    void arithmeticRefusesANumberThatDoesNotFitTheField() {
        refused(inc("count", 1.5), "count", "inc of a whole-number field (Integer) by a whole number");
        refused(mul("big", 2.0), "big", "mul of a whole-number field (Long)");
        refused(inc("count", new BigDecimal("1")), "count", "by a whole number");
        refused(inc("count", 1L << 40), "count", "-2147483648 to 2147483647");
        refused(inc("tiny", 200), "tiny", "-128 to 127 for Byte");
        refused(inc("ratio", new BigDecimal("1")), "ratio", "would turn the stored double into a decimal128");
        refused(inc("ratio", Long.MAX_VALUE), "ratio", "a number a double holds exactly");
        refused(inc("price", 0.1), "price", "by a BigDecimal or a whole number");
        refused(inc("price", new BigDecimal("1.2345678901234567890123456789012345")), "price", "decimal128");
    }

    @Test
    void minAndMaxNeedAnOrderedFieldAndAValueOfItsType() {
        refused(min("status", Status.OPEN), "status", "compare names alphabetically");
        refused(max("flag", true), "flag", "max needs an ordered field");
        refused(min("address", new Address("s", "c", "z")), "address", "holds Address");
        refused(max("tags", List.of("a")), "tags", "holds a collection of String");
        refused(max("big", 5), "big", "a value of type java.lang.Long; got java.lang.Integer 5");
    }

    @Test
    void currentDateNeedsADateAndTimeField() {
        refused(currentDate("day"), "day", "a LocalDate reads back only midnight UTC");
        refused(currentDate("name"), "name", "currentDate needs a field that holds a date and time");
        refused(currentDate("big"), "big", "this one holds Long");
    }

    @Test
    void arrayOperatorsNeedACollectionField() {
        refused(push("name", "x"), "name", "push needs a collection field; this one holds String");
        refused(addToSet("count", 1), "count", "addToSet needs a collection field; this one holds Integer");
        refused(popFirst("address"), "address", "popFirst needs a collection field");
        refused(pull("nickname", "x"), "nickname", "pull needs a collection field");
        refused(pullAll("counts", List.of(1)), "counts", "this one holds a map of Integer");
        refused(pullWhere("name", eq("", "x")), "name", "pullWhere needs a collection field");
    }

    @Test
    void elementsOfTheWrongTypeAreRefused() {
        refused(push("tags", 1), "tags", "a value of type java.lang.String (an element); got java.lang.Integer 1");
        refused(push("tags", List.of("a")), "tags", "(an element; pushEach adds several); got java.util.");
        refused(addToSet("tags", List.of("a")), "tags", "(an element; addEachToSet adds several)");
        refused(addEachToSet("lines", List.of("x")), "lines", "(an element); got java.lang.String x");
        refused(pullAll("scores", List.of("x")), "scores", "a value of type java.lang.Integer (an element)");
        refused(pull("scores", 1L), "scores", "pullWhere those matching a condition");
    }

    @Test
    void anElementConditionIsCheckedLikeAnElemMatch() {
        refused(pullWhere("lines", eq("price", 1)), "lines.price", "unknown field 'price' in Line");
        refused(pullWhere("scores", gt("", "x")), "scores", "java.lang.Integer");
        refused(pullWhere("scores", gt("value", 1)), "scores.value", "the elements are plain values");
    }

    @Test
    void aPushSortMustFitTheElements() {
        refused(pushEach("tags", List.of()).sortBy(Sort.ascending("x")), "tags", "use sortAscending() or "
                + "sortDescending()");
        refused(push("lines", null).sortBy(Sort.ascending("price")), "lines.price", "unknown field 'price'");
    }

    @Test
    void aRenameNeedsFieldsOfTheSameTypeOutsideArrays() {
        refused(rename("name", "count"), "name", "'name' holds String, 'count' holds Integer");
        refused(rename("lines.$[].qty", "count"), "lines.$[].qty", "cannot rename into or out of array elements");
        refused(rename("count", "lines.0.qty"), "lines.0.qty", "into or out of array elements");
        refused(rename("maybe", "count"), "maybe", "'count' cannot read back a null");
        assertEquals(op("$rename", "count", string("maybe")), render(rename("count", "maybe")));
        assertEquals(op("$rename", "nickname", string("name")), render(rename("nickname", "name")));
    }

    @Test
    void anUpdatePathThroughAnArrayMustNameTheElements() {
        refused(set("lines.qty", 1), "lines.qty", "'lines' is an array; an update names the elements it changes: "
                + "lines.$ (the first one the filter matched), lines.$[] (every one), lines.$[id]");
        refused(unset("matrix.$[].0x"), "matrix.$[].0x", "'matrix.$[]' is an array");
    }

    @Test
    void aPositionalSegmentMustFollowACollection() {
        refused(set("name.$", "x"), "name.$", "'name' is not a collection, it holds String");
        refused(set("address.$[].city", "x"), "address.$[].city", "'address' is not a collection");
        refused(inc("counts.$", 1), "counts.$", "'counts' is not a collection, it holds Map");
        refused(inc("matrix.$.$", 1), "matrix.$.$", "at most one $ in a path");
    }

    @Test
    void anIdentifierWithoutArrayFilterIsRefused() {
        refused(set("lines.$[hot].qty", 1), "lines.$[hot].qty", "$[hot] has none: add withArrayFilter(\"hot\", "
                + "condition)");
        assertThrows(InvalidQueryException.class, () -> orders.arrayFilters(Update.of(set("lines.$[hot].qty", 1))));
    }

    @Test
    void oneIdentifierNamesElementsOfOneType() {
        Update update = Update.of(set("lines.$[x].qty", 1), set("scores.$[x]", 1)).withArrayFilter("x", gt("", 1));

        InvalidQueryException failure = refused(update);

        assertEquals("scores.$[x]", failure.path());
        assertTrue(failure.getMessage().contains("one element type per array filter identifier"),
                failure.getMessage());
    }
}
