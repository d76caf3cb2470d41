package io.databridge.odm.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire batches respect the server's count limit and the byte target, and cover every position once. */
class BatchPlanTest {

    private static long[] sizes(int count, long each) {
        long[] sizes = new long[count];
        Arrays.fill(sizes, each);
        return sizes;
    }

    @Test
    void cutsAtTheServersDocumentCount() {
        assertEquals(List.of(new BatchPlan.Range(0, 1_000), new BatchPlan.Range(1_000, 2_000),
                new BatchPlan.Range(2_000, 2_500)), BatchPlan.of(sizes(2_500, 100), 1_000, Long.MAX_VALUE));
    }

    @Test
    void cutsAtTheByteTargetAndGivesAnOversizedDocumentItsOwnBatch() {
        long[] sizes = {40, 40, 40, 500, 10};

        assertEquals(List.of(new BatchPlan.Range(0, 2), new BatchPlan.Range(2, 3), new BatchPlan.Range(3, 4),
                new BatchPlan.Range(4, 5)), BatchPlan.of(sizes, 100, 100));
    }

    @Test
    void planningNothingGivesNoBatch() {
        assertEquals(List.of(), BatchPlan.of(new long[0], 10, 10));
    }
}
