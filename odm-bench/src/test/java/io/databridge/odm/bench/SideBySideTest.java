package io.databridge.odm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.bench.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void runsEveryWorkloadByDefaultIncludingTheWriteWorkloads() {
        assertEquals(List.of("insert", "find", "mixed-bulk", "save-all"), names(new String[0]));
    }

    @Test
    void acceptsTheWriteWorkloadsByNameInTheStandardOrder() {
        assertEquals(List.of("mixed-bulk", "save-all"), names(new String[] {"--workloads", "save-all,mixed-bulk"}));
        assertEquals(List.of("find", "save-all"), names(new String[] {"--workloads=save-all,find"}));
    }

    @Test
    void rejectsAnUnknownWorkloadNamingTheKnownOnes() {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> names(new String[] {"--workloads", "insert,bulk"}));
        assertTrue(failure.getMessage().contains("[insert, find, mixed-bulk, save-all]"), failure.getMessage());
    }

    private static List<String> names(String[] args) {
        return SideBySide.workloads(Options.parse(args)).stream().map(Workload::name).toList();
    }
}
