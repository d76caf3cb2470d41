package io.databridge.odm.api.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.query.Filter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Index definitions are immutable, built fluently and refused eagerly when the server could not create them. */
class IndexDefinitionTest {

    @Test
    void buildsFluentlyWithoutChangingTheStart() {
        IndexDefinition start = IndexDefinition.ascending("lastName");
        IndexDefinition full = start.thenDescending("age").thenHashed("tag").named("by_name").sparse()
                .collation(Collation.of("en").withStrength(2));

        assertEquals(List.of(new IndexDefinition.Key("lastName", IndexDirection.ASCENDING)), start.keys());
        assertNull(start.name());
        assertFalse(start.isUnique());
        assertFalse(start.isSparse());
        assertNull(start.partialFilter());
        assertNull(start.expireAfter());
        assertNull(start.collation());
        assertEquals(List.of(new IndexDefinition.Key("lastName", IndexDirection.ASCENDING),
                new IndexDefinition.Key("age", IndexDirection.DESCENDING),
                new IndexDefinition.Key("tag", IndexDirection.HASHED)), full.keys());
        assertEquals("by_name", full.name());
        assertTrue(full.isSparse());
        assertEquals(Collation.of("en").withStrength(2), full.collation());
        assertEquals("{lastName: 1, age: -1, tag: \"hashed\"}", full.describeKeys());
    }

    @Test
    void readsTheKeysOfTheAnnotationForm() {
        assertEquals(IndexDefinition.ascending("lastName").thenDescending("age").thenAscending("city"),
                IndexDefinition.of("lastName", "-age", "+city"));
        assertEquals(IndexDefinition.descending("createdAt"), IndexDefinition.of("-createdAt"));
    }

    @Test
    void holdsEveryOption() {
        Filter adults = Filter.gte("age", 18);
        IndexDefinition index = IndexDefinition.ascending("email").unique().partial(adults)
                .collation(Collation.of("de"));
        IndexDefinition ttl = IndexDefinition.descending("createdAt").expireAfter(Duration.ofHours(1));

        assertTrue(index.isUnique());
        assertEquals(adults, index.partialFilter());
        assertEquals(Duration.ofHours(1), ttl.expireAfter());
        assertFalse(index.unique(false).isUnique());
        assertEquals(index, IndexDefinition.ascending("email").unique().partial(adults).collation(Collation.of("de")));
        assertEquals(index.hashCode(), IndexDefinition.ascending("email").unique().partial(adults)
                .collation(Collation.of("de")).hashCode());
        assertNotEquals(index, index.named("other"));
        assertTrue(index.toString().contains("unique"), index.toString());
    }

    @Test
    void refusesWhatTheServerWouldRefuse() {
        assertRefused(() -> IndexDefinition.of(List.of()), "at least one key");
        assertRefused(() -> IndexDefinition.of(), "at least one key");
        assertRefused(() -> IndexDefinition.ascending("a").thenDescending("a"), "appears twice");
        assertRefused(() -> IndexDefinition.hashed("a").thenHashed("b"), "at most one hashed");
        assertRefused(() -> IndexDefinition.hashed("a").unique(), "hashed index cannot be unique");
        assertRefused(() -> IndexDefinition.ascending("a").unique().thenHashed("b"), "hashed index cannot be unique");
        assertRefused(() -> IndexDefinition.ascending("a").sparse().partial(Filter.exists("a", true)),
                "partial or sparse");
        assertRefused(() -> IndexDefinition.ascending("a").named(""), "index name");
        assertRefused(() -> IndexDefinition.ascending("a").named("_id_"), "index name");
        assertRefused(() -> IndexDefinition.ascending(""), "Java path");
        assertRefused(() -> IndexDefinition.ascending("$where"), "Java path");
        assertRefused(() -> IndexDefinition.ascending("address..city"), "Java path");
        assertRefused(() -> IndexDefinition.of("-"), "Java path");
    }

    @Test
    void allowsATtlOnlyOnOneOrderedKeyInWholeSeconds() {
        Duration day = Duration.ofDays(1);
        assertEquals(day, IndexDefinition.ascending("createdAt").expireAfter(day).expireAfter());
        assertEquals(Duration.ZERO, IndexDefinition.ascending("expiresAt").expireAfter(Duration.ZERO).expireAfter());
        assertRefused(() -> IndexDefinition.ascending("a").thenAscending("b").expireAfter(day), "exactly one");
        assertRefused(() -> IndexDefinition.ascending("a").expireAfter(day).thenAscending("b"), "exactly one");
        assertRefused(() -> IndexDefinition.hashed("a").expireAfter(day), "exactly one");
        assertRefused(() -> IndexDefinition.ascending("a").expireAfter(Duration.ofSeconds(-1)), "whole seconds");
        assertRefused(() -> IndexDefinition.ascending("a").expireAfter(Duration.ofMillis(1500)), "whole seconds");
        assertRefused(() -> IndexDefinition.ascending("a")
                .expireAfter(Duration.ofSeconds(IndexDefinition.MAX_TTL_SECONDS + 1)), "whole seconds");
    }

    @Test
    void collationsValidateAndDescribeOnlyWhatIsSet() {
        Collation collation = Collation.of("fr_CA").withStrength(1).withCaseLevel(true)
                .withCaseFirst(Collation.CaseFirst.UPPER).withNumericOrdering(true)
                .withAlternate(Collation.Alternate.SHIFTED).withMaxVariable(Collation.MaxVariable.SPACE)
                .withNormalization(false).withBackwards(true);

        assertEquals("{locale: \"en\"}", Collation.of("en").describe());
        assertEquals("{locale: \"fr_CA\", strength: 1, caseLevel: true, caseFirst: \"upper\", numericOrdering: true, "
                + "alternate: \"shifted\", maxVariable: \"space\", normalization: false, backwards: true}",
                collation.describe());
        assertEquals(Collation.CaseFirst.LOWER, Collation.CaseFirst.ofServerName("lower"));
        assertEquals(Collation.Alternate.NON_IGNORABLE, Collation.Alternate.ofServerName("non-ignorable"));
        assertEquals(Collation.MaxVariable.PUNCT, Collation.MaxVariable.ofServerName("punct"));
        assertRefused(() -> Collation.of(" "), "locale");
        assertRefused(() -> Collation.of("en").withStrength(0), "strength");
        assertRefused(() -> Collation.of("en").withStrength(6), "strength");
        assertRefused(() -> Collation.CaseFirst.ofServerName("UPPER"), "caseFirst");
    }

    @Test
    void differencesNameTheIndexAndWhatDiffers() {
        IndexDifference changed = new IndexDifference(IndexDifference.Kind.CHANGED, "people", "email_1",
                List.of(new IndexDifference.Detail(IndexDifference.UNIQUE, "true", "false")));
        IndexDifference missing = new IndexDifference(IndexDifference.Kind.MISSING, "people", "age_1",
                List.of(new IndexDifference.Detail(IndexDifference.KEYS, "{age: 1}", null)));

        assertEquals("CHANGED index email_1 on 'people': unique: declared true, existing false", changed.describe());
        assertEquals("MISSING index age_1 on 'people': keys: declared {age: 1}", missing.describe());
        assertEquals("false", changed.detail(IndexDifference.UNIQUE).existing());
        assertNull(changed.detail(IndexDifference.SPARSE));
        assertRefused(() -> new IndexDifference(IndexDifference.Kind.EXTRA, "people", "x_1", List.of()),
                "at least one option");
    }

    private static void assertRefused(Executable building, String expected) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, building);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
