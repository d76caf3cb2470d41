package io.databridge.odm.api.update;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The update language checks what it can without a model when a change or an update is built: path syntax (positional
 * segments included), numbers, at least one change, no overlapping paths, array filter identifiers.
 */
class UpdateTest {

    private static String refused(Executable building) {
        return assertThrows(IllegalArgumentException.class, building).getMessage();
    }

    @Test
    void theFactoriesMakeOneRecordPerOperator() {
        assertEquals(new Change.Set("name", "x"), set("name", "x"));
        assertEquals(new Change.SetOnInsert("name", null), setOnInsert("name", null));
        assertEquals(new Change.Unset("name"), unset("name"));
        assertEquals(new Change.Inc("visits", 1), inc("visits", 1));
        assertEquals(new Change.Mul("price", new BigDecimal("1.1")), mul("price", new BigDecimal("1.1")));
        assertEquals(new Change.Min("low", 3), min("low", 3));
        assertEquals(new Change.Max("high", 3L), max("high", 3L));
        assertEquals(new Change.CurrentDate("touched"), currentDate("touched"));
        assertEquals(new Change.Rename("old", "young"), rename("old", "young"));
        assertEquals(new Change.Push("tags", List.of("a"), null, null, null), push("tags", "a"));
        assertEquals(new Change.Push("tags", List.of("a", "b"), null, null, null), pushEach("tags", List.of("a", "b")));
        assertEquals(new Change.AddToSet("tags", List.of("a")), addToSet("tags", "a"));
        assertEquals(new Change.AddToSet("tags", List.of("a", "b")), addEachToSet("tags", List.of("a", "b")));
        assertEquals(new Change.Pop("tags", true), popFirst("tags"));
        assertEquals(new Change.Pop("tags", false), popLast("tags"));
        assertEquals(new Change.Pull("tags", "a"), pull("tags", "a"));
        assertEquals(new Change.PullWhere("scores", Filter.gt("", 3)), pullWhere("scores", Filter.gt("", 3)));
        assertEquals(new Change.PullAll("tags", List.of("a")), pullAll("tags", List.of("a")));
    }

    @Test
    void pushModifiersAreWithersThatKeepTheRest() {
        Change.Push push = pushEach("lines", List.of("x")).at(0).slice(-5).sortBy(Sort.descending("qty"));

        assertEquals(List.of("x"), push.values());
        assertEquals(0, push.position());
        assertEquals(-5, push.slice());
        assertEquals(new Change.Push.ByFields(Sort.descending("qty")), push.order());
        assertEquals(new Change.Push.ByValue(true), push.sortAscending().order());
        assertEquals(new Change.Push.ByValue(false), push.sortDescending().order());
        assertTrue(push.modified());
        assertFalse(push("tags", "a").modified());
        assertNull(push("tags", "a").slice());
    }

    @Test
    void listsOfValuesAreCopiedAndMayHoldNulls() {
        List<String> values = new ArrayList<>(Arrays.asList("a", null));
        Change.Push push = pushEach("tags", values);
        values.add("b");

        assertEquals(Arrays.asList("a", null), push.values());
        assertThrows(UnsupportedOperationException.class, () -> push.values().add("c"));
        assertEquals(Arrays.asList((Object) null), push("tags", null).values());
        assertEquals(List.of(), pullAll("tags", List.of()).values());
    }

    @Test
    void pathsMustNameAFieldWithoutEmptySegments() {
        assertThrows(NullPointerException.class, () -> set(null, 1));
        assertTrue(refused(() -> set("", 1)).contains("must name a field"));
        assertTrue(refused(() -> unset("address..city")).contains("'address..city'"));
        assertTrue(refused(() -> inc("visits.", 1)).contains("'visits.'"));
        assertTrue(refused(() -> rename("name", "")).contains("must name a field"));
    }

    @Test
    void positionalSegmentsAreAcceptedAfterAnotherSegment() {
        assertEquals("lines.$.qty", set("lines.$.qty", 1).path());
        assertEquals("lines.$[].qty", set("lines.$[].qty", 1).path());
        assertEquals("lines.$[hot2].qty", set("lines.$[hot2].qty", 1).path());
        assertEquals("lines.0.qty", set("lines.0.qty", 1).path());
        assertEquals("matrix.$[].$[]", inc("matrix.$[].$[]", 1).path());
    }

    @Test
    void malformedPositionalSegmentsAreRefused() {
        for (String path : List.of("lines.$[Hot].qty", "lines.$[1x].qty", "lines.$[ho-t].qty", "lines.$x.qty",
                "lines.$[hot.qty", "name.$inc", "lines.$[é]")) {
            String message = refused(() -> set(path, 1));
            assertTrue(message.contains("$[identifier]") && message.contains(path), message);
        }
        assertTrue(refused(() -> set("$.qty", 1)).contains("starts with one"));
        assertTrue(refused(() -> set("$[]", 1)).contains("starts with one"));
    }

    @Test
    void arithmeticTakesFiniteNumbersOfStorableTypes() {
        assertThrows(NullPointerException.class, () -> inc("visits", null));
        assertTrue(refused(() -> inc("visits", Double.NaN)).contains("finite"));
        assertTrue(refused(() -> mul("visits", Float.POSITIVE_INFINITY)).contains("finite"));
        assertTrue(refused(() -> inc("visits", BigInteger.ONE)).contains("java.math.BigInteger"));
        assertTrue(refused(() -> mul("visits", new AtomicInteger(1))).contains("AtomicInteger"));
        inc("visits", (byte) 1);
        inc("visits", (short) 1);
        mul("ratio", 1.5f);
    }

    @Test
    void minAndMaxNeedAValueThatIsNotNaN() {
        assertThrows(NullPointerException.class, () -> min("low", null));
        assertTrue(refused(() -> max("high", Double.NaN)).contains("NaN"));
        assertTrue(refused(() -> min("low", Float.NaN)).contains("NaN"));
        assertEquals(Double.NEGATIVE_INFINITY, min("low", Double.NEGATIVE_INFINITY).value());
    }

    @Test
    void nanIsDataForSetAndPull() {
        assertEquals(Double.NaN, set("ratio", Double.NaN).value());
        assertEquals(Double.NaN, pull("ratios", Double.NaN).value());
    }

    @Test
    void aRenameNeedsAnotherPath() {
        assertTrue(refused(() -> rename("name", "name")).contains("renamed to itself"));
    }

    @Test
    void anUpdateHoldsItsChangesInOrder() {
        Update update = Update.of(set("name", "x"), inc("visits", 1)).and(unset("nickname"));

        assertEquals(List.of(set("name", "x"), inc("visits", 1), unset("nickname")), update.changes());
        assertEquals(Update.of(List.of(set("name", "x"), inc("visits", 1), unset("nickname"))), update);
        assertTrue(update.arrayFilters().isEmpty());
    }

    @Test
    void anEmptyUpdateIsRefused() {
        assertTrue(refused(Update::of).contains("at least one change"));
        assertTrue(refused(() -> Update.of(List.of())).contains("at least one change"));
    }

    @Test
    void twoChangesOnOnePathAreRefusedNamingIt() {
        String message = refused(() -> Update.of(set("visits", 1), inc("visits", 1)));

        assertTrue(message.contains("'visits' has two (set and inc)"), message);
        assertTrue(refused(() -> Update.of(set("name", "a")).and(unset("name"))).contains("'name'"));
    }

    @Test
    void changesOnOverlappingPathsAreRefusedNamingBoth() {
        String message = refused(() -> Update.of(set("address", null), set("address.city", "x")));

        assertTrue(message.contains("'address' (set) and 'address.city' (set)"), message);
        assertTrue(refused(() -> Update.of(set("lines.$[].qty", 1), unset("lines.$[]")))
                .contains("'lines.$[]'"));
    }

    @Test
    void pathsThatOnlyShareAPrefixOfCharactersDoNotOverlap() {
        Update update = Update.of(set("address", null), set("addressBook", null), set("lines.$[a].qty", 1),
                set("lines.$[b].qty", 2));

        assertEquals(4, update.changes().size());
    }

    @Test
    void aRenamesTargetCountsAsAPathItChanges() {
        String conflict = refused(() -> Update.of(rename("nickname", "name"), set("name", "x")));
        String into = refused(() -> Update.of(rename("address", "address.city")));
        String outOf = refused(() -> Update.of(rename("address.city", "address")));

        assertTrue(conflict.contains("'name' has two (rename and set)"), conflict);
        assertTrue(into.contains("'address' renamed to 'address.city'"), into);
        assertTrue(outOf.contains("'address.city' renamed to 'address'"), outOf);
    }

    @Test
    void arrayFiltersAreKeptInTheOrderAdded() {
        Update update = Update.of(set("lines.$[hot].qty", 0), set("scores.$[low]", 0))
                .withArrayFilter("low", Filter.lt("", 10))
                .withArrayFilter("hot", Filter.gt("qty", 5))
                .and(inc("visits", 1));

        assertEquals(List.of("low", "hot"), List.copyOf(update.arrayFilters().keySet()));
        assertEquals(Filter.gt("qty", 5), update.arrayFilters().get("hot"));
        assertThrows(UnsupportedOperationException.class, () -> update.arrayFilters().clear());
        assertEquals(3, update.changes().size());
    }

    @Test
    void anArrayFilterIdentifierFollowsTheServersRule() {
        Update update = Update.of(set("lines.$[hot].qty", 0));

        for (String identifier : List.of("Hot", "1hot", "h-t", "", "hot ")) {
            assertTrue(refused(() -> update.withArrayFilter(identifier, Filter.gt("qty", 1)))
                    .contains("lower-case letter then letters or digits"), identifier);
        }
    }

    @Test
    void anArrayFilterMustBeUsedAndGivenOnce() {
        Update update = Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot", Filter.gt("qty", 1));

        assertTrue(refused(() -> update.withArrayFilter("cold", Filter.lt("qty", 1))).contains("no path has $[cold]"));
        assertTrue(refused(() -> update.withArrayFilter("hot", Filter.lt("qty", 1))).contains("'hot' has one"));
    }

    @Test
    void updatesWithTheSameChangesAndFiltersAreEqual() {
        Update one = Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot", Filter.gt("qty", 1));
        Update same = Update.of(set("lines.$[hot].qty", 0)).withArrayFilter("hot", Filter.gt("qty", 1));

        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, Update.of(set("lines.$[hot].qty", 1)).withArrayFilter("hot", Filter.gt("qty", 1)));
        assertTrue(one.toString().contains("lines.$[hot].qty") && one.toString().contains("hot"), one.toString());
    }

    @Test
    void anOperatorLookingValueIsKeptAsGiven() {
        assertEquals("$inc", set("name", "$inc").value());
        assertEquals(List.of("$each"), push("tags", "$each").values());
    }
}
