package io.databridge.odm.mapping.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.value.FieldNames;
import org.junit.jupiter.api.Test;

class SingleNamesTest {

    @Test
    void aNameSeenBeforeSharesItsLayout() {
        FieldNames first = SingleNames.of("$eq");

        assertSame(first, SingleNames.of("$eq"));
        assertEquals(FieldNames.of("$eq").asList(), first.asList());
    }

    @Test
    void refusesWhatALayoutRefuses() {
        assertThrows(IllegalArgumentException.class, () -> SingleNames.of("a\0b"));
    }
}
