package io.databridge.odm.mapping;

import static io.databridge.odm.api.query.Filter.all;
import static io.databridge.odm.api.query.Filter.and;
import static io.databridge.odm.api.query.Filter.elemMatch;
import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.query.Filter.exists;
import static io.databridge.odm.api.query.Filter.gt;
import static io.databridge.odm.api.query.Filter.gte;
import static io.databridge.odm.api.query.Filter.in;
import static io.databridge.odm.api.query.Filter.lt;
import static io.databridge.odm.api.query.Filter.lte;
import static io.databridge.odm.api.query.Filter.ne;
import static io.databridge.odm.api.query.Filter.nin;
import static io.databridge.odm.api.query.Filter.nor;
import static io.databridge.odm.api.query.Filter.not;
import static io.databridge.odm.api.query.Filter.or;
import static io.databridge.odm.api.query.Filter.regex;
import static io.databridge.odm.api.query.Filter.size;
import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.StoredType;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.UuidValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterRenderer} turns the typed filter language into stored filter documents: Java paths become stored paths
 * ({@code @FieldName}, {@code _id}, embedded documents, collection elements, map keys), values go through the write
 * path's conversion, every user value stays data (a scalar compared for equality renders implicitly, anything else
 * under an explicit operator), and a path, value or operator that does not fit the entity is refused with an
 * {@link InvalidQueryException} when the filter is rendered.
 */
class FilterRendererTest {

    private static final MappingConfiguration CONFIGURATION = MappingConfiguration.builder().build();
    private static final MappingContext CONTEXT = MappingContext.create(CONFIGURATION);

    private static FilterRenderer rendererOf(Class<?> type) {
        return new FilterRenderer(type, CONTEXT.mapper(type).model().document(), CONFIGURATION);
    }

    private final FilterRenderer orders = rendererOf(Order.class);

    private DocumentValue render(Filter filter) {
        return orders.render(filter);
    }

    private InvalidQueryException refused(Filter filter) {
        return assertThrows(InvalidQueryException.class, () -> orders.render(filter));
    }

    /** {@code {path: {operator: operand}}}. */
    private static DocumentValue condition(String path, String operator, ExtractedValue operand) {
        return document(path, document(operator, operand));
    }

    enum Status { OPEN, PAID }

    record OrderId(String value) {
    }

    record Sku(String value) {
    }

    record Address(String street, @FieldName("town") String city, String zip) {
    }

    record Line(String sku, int quantity) {
    }

    record Order(OrderId id, String name, int count, long big, double ratio, boolean flag, Status status,
            BigDecimal price, Instant placedAt, LocalDate day, UUID uuid, Optional<String> nickname,
            @FieldName("addr") Address address, Optional<Address> shipping, List<String> tags, List<Line> lines,
            Set<Integer> scores, Map<String, Integer> counts, Map<String, Address> places, @FieldName("ref") Sku sku) {
    }

    record Keyed(@Id long key, String name) {
    }

    record NoId(String what) {
    }

    @Test
    void equalityOnAScalarRendersTheImplicitForm() {
        assertEquals(document("name", string("ann")), render(eq("name", "ann")));
        assertEquals(document("count", Int32Value.of(3)), render(eq("count", 3)));
        assertEquals(document("flag", BooleanValue.TRUE), render(eq("flag", true)));
    }

    @Test
    void equalityWithNullRendersAStoredNull() {
        assertEquals(document("nickname", NullValue.INSTANCE), render(eq("nickname", null)));
    }

    @Test
    void equalityOnAnEmbeddedDocumentRendersUnderEq() {
        DocumentValue rendered = render(eq("address", new Address("1 Main St", "Springfield", "12345")));

        assertEquals(condition("addr", "$eq", document("street", string("1 Main St"), "town",
                string("Springfield"), "zip", string("12345"))), rendered);
    }

    @Test
    void equalityOnAMapRendersUnderEq() {
        assertEquals(condition("counts", "$eq", document("visits", Int32Value.of(1))),
                render(eq("counts", Map.of("visits", 1))));
    }

    @Test
    void equalityOnAWholeCollectionRendersUnderEqAndOnAnElementImplicitly() {
        assertEquals(condition("tags", "$eq", ArrayValue.of(string("a"), string("b"))),
                render(eq("tags", List.of("a", "b"))));
        assertEquals(document("tags", string("a")), render(eq("tags", "a")));
        assertEquals(condition("lines", "$eq", ArrayValue.of(document("sku", string("s"), "quantity",
                Int32Value.of(2)))), render(eq("lines", List.of(new Line("s", 2)))));
    }

    @Test
    void comparisonsRenderUnderTheirOperator() {
        Map<String, Function<Integer, Filter>> comparisons = Map.of("$ne", value -> ne("count", value),
                "$gt", value -> gt("count", value), "$gte", value -> gte("count", value),
                "$lt", value -> lt("count", value), "$lte", value -> lte("count", value));

        comparisons.forEach((operator, filter) -> assertEquals(condition("count", operator, Int32Value.of(5)),
                render(filter.apply(5)), operator));
    }

    @Test
    void neOnAnEmbeddedDocumentRendersTheDocumentAsItsOperand() {
        assertEquals(condition("addr", "$ne", document("street", string("s"))),
                render(ne("address", new Address("s", null, null))));
    }

    @Test
    void inAndNinRenderAnArrayOfConvertedValues() {
        assertEquals(condition("name", "$in", ArrayValue.of(string("a"), string("b"), NullValue.INSTANCE)),
                render(in("name", "a", "b", null)));
        assertEquals(condition("status", "$nin", ArrayValue.of(string("OPEN"))),
                render(nin("status", List.of(Status.OPEN))));
        assertEquals(condition("tags", "$in", ArrayValue.of(string("x"))), render(in("tags", "x")),
                "an element of an array field");
    }

    @Test
    void andOrAndNorRenderTheirPartsInOrder() {
        ArrayValue parts = ArrayValue.of(document("name", string("a")), condition("count", "$gt", Int32Value.of(1)));

        assertEquals(document("$and", parts), render(and(eq("name", "a"), gt("count", 1))));
        assertEquals(document("$or", parts), render(or(eq("name", "a"), gt("count", 1))));
        assertEquals(document("$nor", parts), render(nor(eq("name", "a"), gt("count", 1))));
    }

    @Test
    void logicalOperatorsNest() {
        DocumentValue rendered = render(or(and(eq("name", "a"), eq("flag", false)), not(eq("count", 3))));

        assertEquals(document("$or", ArrayValue.of(
                document("$and", ArrayValue.of(document("name", string("a")), document("flag", BooleanValue.FALSE))),
                document("$nor", ArrayValue.of(document("count", Int32Value.of(3)))))), rendered);
    }

    @Test
    void notRendersAsANorOfOneFilter() {
        assertEquals(document("$nor", ArrayValue.of(condition("count", "$gt", Int32Value.of(3)))),
                render(not(gt("count", 3))));
    }

    @Test
    void existsRendersUnderExists() {
        assertEquals(condition("nickname", "$exists", BooleanValue.FALSE), render(exists("nickname", false)));
        assertEquals(condition("addr.town", "$exists", BooleanValue.TRUE), render(exists("address.city", true)));
    }

    @Test
    void typeRendersTheServersAlias() {
        assertEquals(condition("big", "$type", string("long")), render(Filter.type("big", StoredType.INT64)));
        assertEquals(condition("addr", "$type", string("object")),
                render(Filter.type("address", StoredType.DOCUMENT)));
    }

    @Test
    void allRendersElementValues() {
        assertEquals(condition("tags", "$all", ArrayValue.of(string("a"), string("b"))),
                render(all("tags", List.of("a", "b"))));
    }

    @Test
    void sizeRendersAnInt32() {
        assertEquals(condition("tags", "$size", Int32Value.of(2)), render(size("tags", 2)));
    }

    @Test
    void elemMatchOnEmbeddedElementsRendersPathsRelativeToTheElement() {
        DocumentValue rendered = render(elemMatch("lines", and(eq("sku", "x"), gt("quantity", 2))));

        assertEquals(condition("lines", "$elemMatch", document("$and", ArrayValue.of(document("sku", string("x")),
                condition("quantity", "$gt", Int32Value.of(2))))), rendered);
    }

    @Test
    void elemMatchOnPlainElementsUsesTheEmptyPathForTheElementItself() {
        assertEquals(condition("scores", "$elemMatch", document("$gt", Int32Value.of(80))),
                render(elemMatch("scores", gt("", 80))));
        assertEquals(condition("scores", "$elemMatch", document("$eq", Int32Value.of(80))),
                render(elemMatch("scores", eq("", 80))));
    }

    @Test
    void regexWithoutOptionsRendersUnderRegex() {
        assertEquals(condition("name", "$regex", string("^a")), render(regex("name", "^a")));
    }

    @Test
    void regexWithOptionsRendersRegexAndOptionsTogether() {
        assertEquals(document("name", document("$regex", string("^a"), "$options", string("im"))),
                render(regex("name", "^a", "im")));
    }

    @Test
    void regexAppliesToOptionalStringsAndCollectionsOfStrings() {
        assertEquals(condition("nickname", "$regex", string("x")), render(regex("nickname", "x")));
        assertEquals(condition("tags", "$regex", string("^t")), render(regex("tags", "^t")));
    }

    @Test
    void nestedPathsUseStoredNamesAtEveryLevel() {
        assertEquals(document("addr.town", string("Springfield")), render(eq("address.city", "Springfield")));
        assertEquals(document("shipping.town", string("x")), render(eq("shipping.city", "x")),
                "through an Optional");
    }

    @Test
    void pathsReachIntoTheElementsOfACollection() {
        assertEquals(document("lines.sku", string("x")), render(eq("lines.sku", "x")));
        assertEquals(condition("lines.quantity", "$gte", Int32Value.of(2)), render(gte("lines.quantity", 2)));
    }

    @Test
    void pathsReachIntoMapKeys() {
        assertEquals(document("counts.visits", Int32Value.of(3)), render(eq("counts.visits", 3)));
        assertEquals(document("places.home.town", string("x")), render(eq("places.home.city", "x")));
    }

    @Test
    void theIdRendersAsUnderscoreIdByItsJavaNameOrByUnderscoreId() {
        DocumentValue expected = document("_id", string("A-1"));

        assertEquals(expected, render(eq("id", new OrderId("A-1"))));
        assertEquals(expected, render(eq("_id", new OrderId("A-1"))));
    }

    @Test
    void anAnnotatedIdRendersAsUnderscoreId() {
        FilterRenderer keyed = rendererOf(Keyed.class);

        assertEquals(document("_id", new Int64Value(7)), keyed.render(eq("key", 7L)));
        assertEquals(condition("_id", "$in", ArrayValue.of(new Int64Value(1), new Int64Value(2))),
                keyed.render(in("_id", 1L, 2L)));
        assertEquals("_id", keyed.storedPath("key"));
    }

    @Test
    void valueObjectsCompareAsTheirStoredScalar() {
        assertEquals(document("ref", string("S-1")), render(eq("sku", new Sku("S-1"))));
        assertEquals(condition("_id", "$gt", string("A-1")), render(gt("id", new OrderId("A-1"))));
    }

    @Test
    void enumsCompareByName() {
        assertEquals(document("status", string("PAID")), render(eq("status", Status.PAID)));
    }

    @Test
    void timesCompareAsDates() {
        assertEquals(condition("placedAt", "$lt", new DateTimeValue(2_000)),
                render(lt("placedAt", Instant.ofEpochMilli(2_000))));
        assertEquals(document("day", new DateTimeValue(86_400_000L)), render(eq("day", LocalDate.of(1970, 1, 2))));
    }

    @Test
    void decimalsUuidsAndLongsKeepTheirStoredTypes() {
        UUID uuid = new UUID(3, 4);

        assertEquals(condition("price", "$gte", new DecimalValue(new BigDecimal("9.90"))),
                render(gte("price", new BigDecimal("9.90"))));
        assertEquals(document("uuid", new UuidValue(uuid)), render(eq("uuid", uuid)));
        assertEquals(document("big", new Int64Value(5)), render(eq("big", 5L)));
    }

    @Test
    void aStringThatLooksLikeAnOperatorIsData() {
        assertEquals(document("name", string("$gt")), render(eq("name", "$gt")));
        assertEquals(document("name", string("{\"$ne\": null}")), render(eq("name", "{\"$ne\": null}")));
        assertEquals(condition("name", "$ne", string("$gt")), render(ne("name", "$gt")));
        assertEquals(condition("name", "$in", ArrayValue.of(string("$exists"))), render(in("name", "$exists")));
        assertEquals(condition("name", "$regex", string("$where")), render(regex("name", "$where")));
    }

    @Test
    void aDocumentValueHoldingOperatorLikeStringsStaysUnderEq() {
        assertEquals(condition("addr", "$eq", document("street", string("$gt"), "town", string("$ne"))),
                render(eq("address", new Address("$gt", "$ne", null))));
    }

    @Test
    void aMapWhoseKeyIsAnOperatorIsRefusedNotRendered() {
        Map<String, Integer> operatorLike = new HashMap<>();
        operatorLike.put("$ne", null);

        InvalidQueryException failure = refused(eq("counts", operatorLike));

        assertEquals("counts", failure.path());
        assertTrue(failure.getMessage().contains("$ne"), failure.getMessage());
    }

    @Test
    void aRawFilterIsSentAsWritten() {
        DocumentValue raw = condition("whatever", "$where", string("1"));

        assertSame(raw, render(Filter.raw(raw)));
    }

    @Test
    void anUnknownPathIsRefusedListingTheKnownFields() {
        InvalidQueryException failure = refused(eq("stauts", Status.PAID));

        assertSame(Order.class, failure.entityType());
        assertEquals("stauts", failure.path());
        assertTrue(failure.getMessage().contains("unknown field 'stauts'")
                && failure.getMessage().contains("known fields: [id, name, count, big, ratio, flag, status,"),
                failure.getMessage());
    }

    @Test
    void anUnknownNestedPathIsRefusedListingTheEmbeddedTypesFields() {
        InvalidQueryException failure = refused(eq("address.town", "x"));

        assertEquals("address.town", failure.path());
        assertTrue(failure.getMessage().contains("unknown field 'town' in Address; known fields: [street, city, zip]"),
                failure.getMessage());
    }

    @Test
    void aPathIntoAPlainValueIsRefused() {
        InvalidQueryException failure = refused(eq("name.first", "x"));

        assertTrue(failure.getMessage().contains("'name' is a plain value; it has no field 'first'"),
                failure.getMessage());
    }

    @Test
    void emptyPathsAndSegmentsAreRefused() {
        assertTrue(refused(eq("", 1)).getMessage().contains("a path must name a field"));
        assertTrue(refused(eq("address..city", "x")).getMessage().contains("an empty segment"));
        assertTrue(refused(eq("address.", "x")).getMessage().contains("an empty segment"));
    }

    @Test
    void aMapKeyStartingWithDollarIsRefused() {
        assertEquals("counts.$gt", refused(eq("counts.$gt", 1)).path());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingBothTypes() {
        InvalidQueryException failure = refused(eq("count", "12"));

        assertEquals("count", failure.path());
        assertTrue(failure.getMessage().contains("java.lang.Integer")
                && failure.getMessage().contains("java.lang.String"), failure.getMessage());
    }

    @Test
    void numbersAreNotConvertedBetweenJavaTypes() {
        assertEquals("big", refused(eq("big", 5)).path());
        assertEquals("ratio", refused(gt("ratio", 1)).path());
        assertEquals("count", refused(in("count", 1, 2L)).path());
    }

    @Test
    void aRawValueIsRefusedWhereAValueObjectIsExpected() {
        assertEquals("id", refused(eq("id", "A-1")).path());
    }

    @Test
    void orderingABooleanFieldIsRefused() {
        InvalidQueryException failure = refused(gt("flag", true));

        assertEquals("flag", failure.path());
        assertTrue(failure.getMessage().contains("need an ordered field"), failure.getMessage());
    }

    @Test
    void orderingAnEnumFieldIsRefusedBecauseTheServerWouldCompareNames() {
        InvalidQueryException failure = refused(gte("status", Status.PAID));

        assertEquals("status", failure.path());
        assertTrue(failure.getMessage().contains("alphabetically"), failure.getMessage());
    }

    @Test
    void orderingDocumentsMapsAndCollectionsOfThemIsRefused() {
        refused(lt("address", new Address("s", "c", "z")));
        refused(gte("counts", Map.of("a", 1)));
        refused(lte("lines", new Line("s", 1)));
    }

    @Test
    void arrayOperatorsOnANonCollectionAreRefused() {
        InvalidQueryException failure = refused(size("name", 1));

        assertEquals("name", failure.path());
        assertTrue(failure.getMessage().contains("need a collection field; this one holds String"),
                failure.getMessage());
        refused(all("count", List.of(1)));
        refused(elemMatch("address", eq("street", "s")));
    }

    @Test
    void regexOnANonStringFieldIsRefused() {
        InvalidQueryException failure = refused(regex("count", "1"));

        assertEquals("count", failure.path());
        assertTrue(failure.getMessage().contains("regex needs a String field"), failure.getMessage());
        refused(regex("status", "P"));
        refused(regex("scores", "1"));
    }

    @Test
    void aPathOnPlainElementsInsideElemMatchIsRefused() {
        InvalidQueryException failure = refused(elemMatch("scores", gt("value", 1)));

        assertEquals("scores.value", failure.path());
        assertTrue(failure.getMessage().contains("the elements are plain values"), failure.getMessage());
    }

    @Test
    void anUnknownPathInsideElemMatchIsRefusedWithItsFullPath() {
        assertEquals("lines.price", refused(elemMatch("lines", eq("price", 1))).path());
    }

    @Test
    void aValueTheWritePathRefusesIsRefused() {
        InvalidQueryException failure = refused(eq("placedAt", Instant.ofEpochSecond(0, 1_000)));

        assertTrue(failure.getMessage().contains("millisecond precision"), failure.getMessage());
        refused(eq("price", new BigDecimal("1.2345678901234567890123456789012345")));
    }

    @Test
    void allTakesElementsNotWholeCollections() {
        assertEquals("tags", refused(all("tags", List.of(List.of("a")))).path());
    }

    @Test
    void storedValueAndValuesOfFollowTheWritePath() {
        assertEquals(string("A-1"), orders.storedValue("id", new OrderId("A-1")));
        assertEquals(orders.valuesOf("scores"), orders.valuesOf("counts.visits"),
                "an array field's values are its elements");
        assertEquals("addr.town", orders.storedPath("address.city"));
    }

    @Test
    void repositoryQueriesSendTheRenderedFilter() {
        ScriptedStore store = new ScriptedStore();
        MappingOdm odm = new MappingOdm(store, CONTEXT);

        odm.repository(Order.class, OrderId.class).query().where(eq("address.city", "x")).where(gt("count", 1))
                .list();

        FindRequest request = store.finds().get(0);
        assertEquals(document("$and", ArrayValue.of(document("addr.town", string("x")),
                condition("count", "$gt", Int32Value.of(1)))), request.filter());
    }

    @Test
    void regexWithOptionsOnPlainElementsRendersOnTheElement() {
        assertEquals(condition("tags", "$elemMatch", document("$regex", string("^a"), "$options", string("i"))),
                render(elemMatch("tags", regex("", "^a", "i"))));
    }

    @Test
    void aConjunctionOnPlainElementsRendersTheValueForm() {
        assertEquals(condition("scores", "$elemMatch", document("$gte", Int32Value.of(80), "$lt", Int32Value.of(85))),
                render(elemMatch("scores", and(gte("", 80), lt("", 85)))));
    }

    @Test
    void notOnPlainElementsRendersAsNotOfTheOperators() {
        assertEquals(condition("scores", "$elemMatch", document("$not", document("$gte", Int32Value.of(80)))),
                render(elemMatch("scores", not(gte("", 80)))));
    }

    @Test
    void orOnPlainElementsAndMixedOrRepeatedConditionsAreRefusedWithTheWayOut() {
        InvalidQueryException or = assertThrows(InvalidQueryException.class,
                () -> render(elemMatch("scores", or(lt("", 10), gt("", 90)))));
        InvalidQueryException repeated = assertThrows(InvalidQueryException.class,
                () -> render(elemMatch("scores", and(gt("", 10), gt("", 20)))));

        assertTrue(or.getMessage().contains("or(elemMatch(...), elemMatch(...))"), or.getMessage());
        assertTrue(repeated.getMessage().contains("$gt appears twice"), repeated.getMessage());
    }

    @Test
    void theGeneratedIdOfAnIdLessTypeCanBeQueried() {
        ObjectIdValue id = new ObjectIdValue(1, 2);

        assertEquals(document("_id", id), rendererOf(NoId.class).render(eq("_id", id)));
    }
}
