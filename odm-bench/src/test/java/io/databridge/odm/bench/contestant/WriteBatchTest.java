package io.databridge.odm.bench.contestant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBatchTest {

    @Test
    void eachWriteConsumesWhatTheLastSeedPrepared() {
        var seeds = new ArrayList<Integer>();
        WriteBatch batch = WriteBatch.of("c", 1, () -> {
            seeds.add(seeds.size());
            return List.of(seeds.size(), 10);
        }, staged -> staged.stream().mapToLong(Integer::longValue).sum());

        batch.seed();
        assertEquals(11, batch.write());
        batch.seed();
        assertEquals(12, batch.write());
        assertEquals("c", batch.collection());
        assertEquals(1, batch.firstVersion());
    }

    @Test
    void refusesAWriteWithoutAFreshSeed() {
        WriteBatch batch = WriteBatch.of("c", 1, () -> "entities", String::length);
        assertThrows(IllegalStateException.class, batch::write);
        batch.seed();
        batch.write();
        assertThrows(IllegalStateException.class, batch::write);
    }

    @Test
    void mixedBulkEntitiesNeedNOfEachOperation() {
        assertThrows(IllegalArgumentException.class,
                () -> new MixedBulkEntities<>(List.of("a"), List.of(), List.of()));
    }
}
