package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.StringValue;
import org.junit.jupiter.api.Test;

/** The tracker remembers the most recently used stored forms by id, with their versions. */
class ChangeTrackerTest {

    private static DocumentValue stored(String id, long version) {
        return DocumentValue.of(FieldNames.of("_id", "version"), new StringValue(id), new Int64Value(version));
    }

    @Test
    void remembersTheVersionAndDropsTheLeastRecentlyUsedBeyondCapacity() {
        ChangeTracker tracker = new ChangeTracker(2, "version");
        tracker.remember(stored("a", 3));
        tracker.remember(stored("b", 1));
        assertEquals(3, tracker.get(new StringValue("a")).version());
        tracker.remember(stored("c", 1));
        assertNull(tracker.get(new StringValue("b")), "b was used least recently");
        assertNotNull(tracker.get(new StringValue("a")));
        assertEquals(2, tracker.size());
        tracker.forget(new StringValue("a"));
        assertNull(tracker.get(new StringValue("a")));
    }

    @Test
    void anUnversionedTypeRemembersVersionZeroAndCapacityMustBePositive() {
        ChangeTracker tracker = new ChangeTracker(1, null);
        tracker.remember(stored("a", 7));
        assertEquals(0, tracker.get(new StringValue("a")).version());
        assertThrows(IllegalArgumentException.class, () -> new ChangeTracker(0, null));
    }
}
