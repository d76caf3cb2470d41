package io.databridge.odm.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanTest {

    private final Plan defaults = new Plan(List.of(10, 100, 1_000, 10_000, 50_000), OptionalInt.empty(),
            OptionalInt.empty());

    @Test
    void followsThePeerBenchmarkByDefault() {
        assertEquals(List.of(50, 20, 5, 1, 1), defaults.sizes().stream().map(defaults::repetitions).toList());
        assertEquals(List.of(21, 21, 21, 21, 15), defaults.sizes().stream().map(defaults::measuredRounds).toList());
        assertEquals(List.of(200, 10, 4, 2, 2), defaults.sizes().stream().map(defaults::warmupRounds).toList());
        assertEquals(Duration.ofSeconds(10), defaults.warmupTime(10));
    }

    @Test
    void theFirstSizeAlsoWarmsThePerOperationCodeUpToADocumentCap() {
        var fromHundred = new Plan(List.of(100, 10), OptionalInt.empty(), OptionalInt.empty());
        var fromThousand = new Plan(List.of(1_000), OptionalInt.empty(), OptionalInt.empty());

        assertEquals(100, fromHundred.warmupRounds(100), "2,000 operations: 200,000 documents");
        assertEquals(40, fromHundred.warmupRounds(10), "not first: 20,000 documents");
        assertEquals(40, fromThousand.warmupRounds(1_000), "200 operations of 5 repetitions");
    }

    @Test
    void explicitCountsApplyAtEverySizeAndDropTheWarmupTime() {
        var plan = new Plan(List.of(10, 50_000), OptionalInt.of(3), OptionalInt.of(2));
        assertEquals(3, plan.measuredRounds(50_000));
        assertEquals(2, plan.warmupRounds(10));
        assertEquals(Duration.ZERO, plan.warmupTime(10));
    }

    @Test
    void rejectsNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Plan(List.of(0), OptionalInt.empty(),
                OptionalInt.empty()));
    }
}
