package io.databridge.odm.mapping;

import static io.databridge.odm.api.query.Filter.and;
import static io.databridge.odm.api.query.Filter.elemMatch;
import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.query.Filter.gt;
import static io.databridge.odm.api.query.Filter.lt;
import static io.databridge.odm.api.query.Filter.not;
import static io.databridge.odm.api.query.Filter.or;
import static io.databridge.odm.api.query.Filter.size;
import static io.databridge.odm.api.update.Change.inc;
import static io.databridge.odm.api.update.Change.pullWhere;
import static io.databridge.odm.api.update.Change.push;
import static io.databridge.odm.api.update.Change.set;
import static io.databridge.odm.api.update.Change.unset;
import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Update paths name array elements with {@code $}, {@code $[]}, {@code $[identifier]} or an index, then continue into
 * the element or end at it; an identifier's array filter is rendered relative to the elements it names, each stored
 * path prefixed with the identifier. Filters keep refusing positional segments.
 */
class UpdatePositionalTest extends UpdateFixture {

    private List<DocumentValue> arrayFilters(Update update) {
        return orders.arrayFilters(update);
    }

    @Test
    void positionalSegmentsContinueIntoEmbeddedElements() {
        assertEquals(op("$set", "lines.$.qty", Int32Value.of(3)), render(set("lines.$.qty", 3)));
        assertEquals(op("$set", "lines.$[].item", string("x")), render(set("lines.$[].sku", new Sku("x"))),
                "a renamed value object inside the element");
        assertEquals(op("$set", "lines.0.qty", Int32Value.of(3)), render(set("lines.0.qty", 3)));
        assertEquals(op("$push", "lines.$[].notes", string("n")), render(push("lines.$[].notes", "n")));
    }

    @Test
    void aPathMayEndAtTheElementAndTakesAnElementValue() {
        assertEquals(op("$inc", "scores.$", Int32Value.of(1)), render(inc("scores.$", 1)));
        assertEquals(op("$set", "lines.$", document("item", string("s"), "qty", Int32Value.of(1), "status",
                string("PAID"), "notes", ArrayValue.empty())),
                render(set("lines.$", new Line(new Sku("s"), 1, Status.PAID, List.of()))));
        assertEquals(op("$set", "scores.$", NullValue.INSTANCE), render(set("scores.$", null)));
        assertEquals(op("$unset", "tags.1", string("")), render(unset("tags.1")));
        InvalidQueryException failure = assertThrows(InvalidQueryException.class, () -> render(set("scores.$", "x")));
        assertTrue(failure.getMessage().contains("a value of type java.lang.Integer"), failure.getMessage());
    }

    @Test
    void nestedArraysNameEachLevel() {
        assertEquals(op("$inc", "matrix.$[].$[]", Int32Value.of(1)), render(inc("matrix.$[].$[]", 1)));
        assertEquals(op("$push", "matrix.$[]", Int32Value.of(5)), render(push("matrix.$[]", 5)));
        assertEquals(op("$set", "matrix.0", ArrayValue.of(Int32Value.of(1))), render(set("matrix.0", List.of(1))));
    }

    @Test
    void anArrayFilterIsRenderedOnTheElementsUnderItsIdentifier() {
        Update update = Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot", gt("qty", 5));

        assertEquals(op("$set", "lines.$[hot].qty", Int32Value.of(0)), orders.render(update));
        assertEquals(List.of(document("hot.qty", document("$gt", Int32Value.of(5)))), arrayFilters(update));
    }

    @Test
    void anArrayFilterUsesStoredNamesAndConvertsValues() {
        Update update = Update.of(inc("lines.$[paid].qty", 1))
                .withArrayFilter("paid", and(eq("status", Status.PAID), eq("sku", new Sku("S-1"))));

        assertEquals(List.of(document("$and", ArrayValue.of(document("paid.status", string("PAID")),
                document("paid.item", string("S-1"))))), arrayFilters(update));
    }

    @Test
    void anArrayFilterOnPlainElementsNamesTheIdentifierItself() {
        assertEquals(List.of(document("low", document("$lt", Int32Value.of(10)))),
                arrayFilters(Update.of(set("scores.$[low]", 0)).withArrayFilter("low", lt("", 10))));
        assertEquals(List.of(document("low", Int32Value.of(3))),
                arrayFilters(Update.of(set("scores.$[low]", 0)).withArrayFilter("low", eq("", 3))));
        assertEquals(List.of(document("$or", ArrayValue.of(document("low", document("$lt", Int32Value.of(10))),
                document("low", document("$gt", Int32Value.of(90)))))),
                arrayFilters(Update.of(set("scores.$[low]", 0)).withArrayFilter("low", or(lt("", 10), gt("", 90)))),
                "or, which elemMatch cannot say on plain elements, is fine in an array filter");
        assertEquals(List.of(document("$nor", ArrayValue.of(document("low", document("$gt", Int32Value.of(9)))))),
                arrayFilters(Update.of(set("scores.$[low]", 0)).withArrayFilter("low", not(gt("", 9)))));
    }

    @Test
    void anElemMatchInsideAnArrayFilterStaysRelativeToItsOwnElements() {
        Update update = Update.of(set("lines.$[gift].qty", 0)).withArrayFilter("gift",
                elemMatch("notes", eq("", "gift")));

        assertEquals(List.of(document("gift.notes", document("$elemMatch", document("$eq", string("gift"))))),
                arrayFilters(update));
    }

    @Test
    void nestedIdentifiersEachFilterTheirLevel() {
        Update update = Update.of(set("matrix.$[row].$[cell]", 0)).withArrayFilter("row", size("", 2))
                .withArrayFilter("cell", gt("", 5));

        assertEquals(op("$set", "matrix.$[row].$[cell]", Int32Value.of(0)), orders.render(update));
        assertEquals(List.of(document("row", document("$size", Int32Value.of(2))),
                document("cell", document("$gt", Int32Value.of(5)))), arrayFilters(update));
    }

    @Test
    void arrayFiltersKeepTheOrderTheyWereAdded() {
        Update update = Update.of(set("lines.$[b].qty", 0), set("scores.$[a]", 0)).withArrayFilter("a", gt("", 1))
                .withArrayFilter("b", gt("qty", 2));

        assertEquals(List.of(document("a", document("$gt", Int32Value.of(1))),
                document("b.qty", document("$gt", Int32Value.of(2)))), arrayFilters(update));
    }

    @Test
    void aRawArrayFilterIsSentAsWritten() {
        DocumentValue raw = document("hot.qty", document("$gt", Int32Value.of(1)));

        assertSame(raw, arrayFilters(Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot",
                Filter.raw(raw))).get(0));
    }

    @Test
    void anUpdateWithoutIdentifiersHasNoArrayFilters() {
        assertEquals(List.of(), arrayFilters(Update.of(set("lines.$[].qty", 0), set("name", "x"))));
    }

    @Test
    void anArrayFilterThatDoesNotFitTheElementsIsRefusedWithItsFullPath() {
        Update update = Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot", gt("price", 1));

        InvalidQueryException rendering = assertThrows(InvalidQueryException.class, () -> orders.render(update));
        InvalidQueryException filtering = assertThrows(InvalidQueryException.class, () -> arrayFilters(update));

        assertEquals("lines.$[hot].price", rendering.path());
        assertEquals("lines.$[hot].price", filtering.path());
        assertTrue(rendering.getMessage().contains("unknown field 'price' in Line"), rendering.getMessage());
    }

    @Test
    void aPullConditionMayApplyToElementsOfElements() {
        assertEquals(op("$pull", "lines.$[].notes", document("$eq", string("x"))),
                render(pullWhere("lines.$[].notes", eq("", "x"))));
    }

    @Test
    void filtersKeepRefusingPositionalSegments() {
        FilterRenderer filters = new FilterRenderer(Order.class, CONTEXT.mapper(Order.class).model().document(),
                CONFIGURATION);

        for (String path : List.of("lines.$.qty", "scores.$[]", "lines.$[hot].qty", "name.$")) {
            InvalidQueryException failure = assertThrows(InvalidQueryException.class,
                    () -> filters.render(eq(path, 1)));
            assertEquals(path, failure.path());
            assertTrue(failure.getMessage().contains("they name array elements in updates"), failure.getMessage());
        }
        assertEquals(document("lines.qty", Int32Value.of(1)), filters.render(eq("lines.qty", 1)),
                "a filter still reaches through arrays");
    }
}
