package io.databridge.odm.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void rendersMediansAndRatiosToHandCodecWhenDataBridgeDidNotRun() {
        String report = MarkdownReport.render("machine: test", ResultTable.of(ReportFixtures.twoContestants()));
        assertEquals("""
                machine: test

                ### insert user: median ms per operation

                | contestant | N=10 | N=1000 |
                |---|---:|---:|
                | `hand-codec` | 0.100 | 2.00 |
                | `morphia` | 0.200 | 3.00 |

                ### insert user: ratio to hand-codec (contestant median / hand-codec median; \
                data-bridge is not registered)

                | contestant | N=10 | N=1000 |
                |---|---:|---:|
                | `hand-codec` | 1.00× | 1.00× |
                | `morphia` | 2.00× | 1.50× |
                """, report);
    }

    @Test
    void takesRatiosToDataBridgeWhenItRan() {
        var table = ResultTable.of(List.of(
                ReportFixtures.result("data-bridge", 10, 0.05, 0.06),
                ReportFixtures.result("hand-codec", 10, 0.1, 0.1))).getFirst();
        assertEquals(new Baseline("data-bridge", true), table.baseline());
        assertEquals(2.0, table.ratio("hand-codec", 10).orElseThrow());
    }

    @Test
    void showsADashForACombinationThatDidNotRun() {
        var results = List.of(
                ReportFixtures.result("hand-codec", 10, 0.1, 0.1),
                ReportFixtures.result("morphia", 100, 0.3, 0.3));
        String report = MarkdownReport.render("m", ResultTable.of(results));
        assertEquals(true, report.contains("| `morphia` | - | 0.300 |"), report);
    }

    @Test
    void givesAWorkloadThatOnlySomeContestantsRunItsOwnTableWithOnlyTheirRowsAndSizes() {
        List<ResultTable> tables = ResultTable.of(ReportFixtures.partialWriteWorkload());
        assertEquals(List.of("insert user", "mixed-bulk user"), tables.stream().map(ResultTable::title).toList());
        assertEquals(List.of("morphia", "data-bridge"), tables.get(1).contestants());
        assertEquals(List.of(100), tables.get(1).sizes());

        String report = MarkdownReport.render("m", tables);
        assertEquals(true, report.contains("""
                ### mixed-bulk user: median ms per operation

                | contestant | N=100 |
                |---|---:|
                | `morphia` | 40.0 |
                | `data-bridge` | 20.0 |

                ### mixed-bulk user: speedup of data-bridge (contestant median / data-bridge median)

                | contestant | N=100 |
                |---|---:|
                | `morphia` | 2.00× |
                | `data-bridge` | 1.00× |
                """), report);
    }
}
